global using WishSpec = JointMeeting.Domain.Tests.Support.DeciderSpec<
    JointMeeting.Domain.MicroWishes.IWishCommand,
    JointMeeting.Domain.MicroWishes.IWishEvent,
    JointMeeting.Domain.MicroWishes.Wish,
    JointMeeting.Domain.MicroWishes.WishDecider>;
