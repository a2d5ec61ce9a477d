Console.WriteLine("usage: JointMeeting.Benchmarks <append|graphql|claims>");
