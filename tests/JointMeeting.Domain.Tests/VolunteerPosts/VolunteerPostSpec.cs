global using VolunteerPostSpec = JointMeeting.Domain.Tests.Support.DeciderSpec<
    JointMeeting.Domain.VolunteerPosts.IVolunteerPostCommand,
    JointMeeting.Domain.VolunteerPosts.IVolunteerPostEvent,
    JointMeeting.Domain.VolunteerPosts.VolunteerPost,
    JointMeeting.Domain.VolunteerPosts.VolunteerPostDecider>;
