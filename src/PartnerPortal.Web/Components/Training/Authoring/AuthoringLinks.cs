namespace PartnerPortal.Web.Components.Training.Authoring;

/// <summary>The addresses of the course authoring pages.</summary>
public static class AuthoringLinks
{
    public const string Courses = "/training/courses";

    public const string NewCourse = "/training/courses/new";

    public static string Course(int courseId) => $"/training/courses/{courseId}";
}
