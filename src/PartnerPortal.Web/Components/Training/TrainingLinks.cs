namespace PartnerPortal.Web.Components.Training;

/// <summary>The addresses of the learner's training pages and of the files served beside them.</summary>
public static class TrainingLinks
{
    public const string MyLearning = "/learning";

    public static string Course(int courseId) => $"/learning/courses/{courseId}";

    public static string Lesson(int courseId, int lessonId) => $"/learning/courses/{courseId}/lessons/{lessonId}";

    public static string Attempt(int attemptId) => $"/learning/attempts/{attemptId}";

    /// <summary>A course's cover image by its stored file name.</summary>
    public static string Cover(string fileName) => $"/training/covers/{Uri.EscapeDataString(fileName)}";

    /// <summary>The PDF of a certificate by its code.</summary>
    public static string Certificate(string code) => $"/training/certificates/{Uri.EscapeDataString(code)}.pdf";

    /// <summary>A lesson's downloadable material.</summary>
    public static string Material(int materialId) => $"/training/materials/{materialId}";
}
