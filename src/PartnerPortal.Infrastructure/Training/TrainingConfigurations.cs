using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnerPortal.Domain.Training;

namespace PartnerPortal.Infrastructure.Training;

internal sealed class CourseConfiguration : IEntityTypeConfiguration<Course>
{
    public void Configure(EntityTypeBuilder<Course> b)
    {
        b.Property(c => c.Code).HasMaxLength(Course.CodeMaxLength);
        b.HasIndex(c => c.Code).IsUnique();
        b.Property(c => c.Title).HasMaxLength(Course.TitleMaxLength);
        b.Property(c => c.TitleEn).HasMaxLength(Course.TitleMaxLength);
        b.Property(c => c.Summary).HasMaxLength(Course.SummaryMaxLength);
        b.Property(c => c.SummaryEn).HasMaxLength(Course.SummaryMaxLength);
        b.Property(c => c.CoverImage).HasMaxLength(100);
        b.Property(c => c.Status).HasConversion<string>().HasMaxLength(10);
        // Courses that existed before the setting get its default.
        b.Property(c => c.ShowCorrectAnswers).HasConversion<string>().HasMaxLength(30)
            .HasDefaultValue(CorrectAnswersShown.AfterPassingOrLastAttempt);
        b.Property(c => c.Version).IsConcurrencyToken();
        b.PrimitiveCollection(c => c.AudienceRoles);
        b.PrimitiveCollection(c => c.AudienceTiers).ElementType().HasConversion<string>();
        b.PrimitiveCollection(c => c.AudienceRegionIds);
        b.PrimitiveCollection(c => c.AudienceUserIds);
        b.HasMany(c => c.Lessons).WithOne().HasForeignKey(l => l.CourseId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(c => c.Questions).WithOne().HasForeignKey(q => q.CourseId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class LessonConfiguration : IEntityTypeConfiguration<Lesson>
{
    public void Configure(EntityTypeBuilder<Lesson> b)
    {
        b.Property(l => l.Title).HasMaxLength(Course.TitleMaxLength);
        b.Property(l => l.TitleEn).HasMaxLength(Course.TitleMaxLength);
        b.Property(l => l.Body).HasMaxLength(Lesson.BodyMaxLength);
        b.Property(l => l.BodyEn).HasMaxLength(Lesson.BodyMaxLength);
        b.Property(l => l.VideoUrl).HasMaxLength(Lesson.VideoUrlMaxLength);
        b.HasMany(l => l.Materials).WithOne().HasForeignKey(m => m.LessonId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class LessonMaterialConfiguration : IEntityTypeConfiguration<LessonMaterial>
{
    public void Configure(EntityTypeBuilder<LessonMaterial> b)
    {
        b.Property(m => m.FileName).HasMaxLength(LessonMaterial.FileNameMaxLength);
        b.Property(m => m.ContentType).HasMaxLength(100);
        b.Property(m => m.StoredName).HasMaxLength(100);
        b.HasIndex(m => m.StoredName).IsUnique();
    }
}

internal sealed class CourseQuestionConfiguration : IEntityTypeConfiguration<CourseQuestion>
{
    public void Configure(EntityTypeBuilder<CourseQuestion> b)
    {
        b.Property(q => q.Kind).HasConversion<string>().HasMaxLength(16);
        b.Property(q => q.Text).HasMaxLength(QuizQuestion.TextMaxLength);
        b.Property(q => q.TextEn).HasMaxLength(QuizQuestion.TextMaxLength);
        b.HasMany(q => q.Options).WithOne().HasForeignKey(o => o.QuestionId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class CourseOptionConfiguration : IEntityTypeConfiguration<CourseOption>
{
    public void Configure(EntityTypeBuilder<CourseOption> b)
    {
        b.Property(o => o.Text).HasMaxLength(QuizOption.TextMaxLength);
        b.Property(o => o.TextEn).HasMaxLength(QuizOption.TextMaxLength);
    }
}

internal sealed class CourseAssignmentConfiguration : IEntityTypeConfiguration<CourseAssignment>
{
    public void Configure(EntityTypeBuilder<CourseAssignment> b)
    {
        b.Property(a => a.UserId).HasMaxLength(450);
        b.Property(a => a.AssignedByUserName).HasMaxLength(256);
        b.HasIndex(a => new { a.UserId, a.CourseId }).IsUnique();
        b.HasOne(a => a.Course).WithMany().HasForeignKey(a => a.CourseId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class LessonProgressConfiguration : IEntityTypeConfiguration<LessonProgress>
{
    public void Configure(EntityTypeBuilder<LessonProgress> b)
    {
        b.Property(p => p.UserId).HasMaxLength(450);
        b.HasIndex(p => new { p.UserId, p.LessonId }).IsUnique();
        b.HasIndex(p => new { p.UserId, p.CourseId });
    }
}

internal sealed class QuizAttemptConfiguration : IEntityTypeConfiguration<QuizAttempt>
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public void Configure(EntityTypeBuilder<QuizAttempt> b)
    {
        b.Property(a => a.UserId).HasMaxLength(450);
        b.Property(a => a.UserName).HasMaxLength(256);
        b.Property(a => a.Status).HasConversion<string>().HasMaxLength(12);
        b.Property(a => a.Version).IsConcurrencyToken();
        // One number per learner and course: two attempts started at once cannot both be the learner's last allowed one.
        b.HasIndex(a => new { a.CourseId, a.UserId, a.Number }).IsUnique();
        b.HasIndex(a => new { a.Status, a.ExpiresAt });
        b.HasOne(a => a.Course).WithMany().HasForeignKey(a => a.CourseId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(a => a.Partner).WithMany().HasForeignKey(a => a.PartnerId).OnDelete(DeleteBehavior.Restrict);
        // The drawn paper and the answers are read and written with the attempt as one value.
        b.Property(a => a.Questions).HasConversion(Converter<AttemptQuestion>(), Comparer<AttemptQuestion>());
        b.Property(a => a.Answers).HasConversion(Converter<SubmittedAnswer>(), Comparer<SubmittedAnswer>());
        b.Property(a => a.WrongQuestionIds).HasConversion(Converter<int>(), Comparer<int>());
    }

    private static Microsoft.EntityFrameworkCore.Storage.ValueConversion.ValueConverter<IReadOnlyList<T>, string> Converter<T>() =>
        new(v => JsonSerializer.Serialize(v, Json), s => JsonSerializer.Deserialize<List<T>>(s, Json) ?? new List<T>());

    private static ValueComparer<IReadOnlyList<T>> Comparer<T>() =>
        new((x, y) => JsonSerializer.Serialize(x, Json) == JsonSerializer.Serialize(y, Json),
            v => JsonSerializer.Serialize(v, Json).GetHashCode(StringComparison.Ordinal),
            v => JsonSerializer.Deserialize<List<T>>(JsonSerializer.Serialize(v, Json), Json)!);
}

internal sealed class CertificateConfiguration : IEntityTypeConfiguration<Certificate>
{
    public void Configure(EntityTypeBuilder<Certificate> b)
    {
        b.Property(c => c.Code).HasMaxLength(CertificateCode.Length);
        b.HasIndex(c => c.Code).IsUnique();
        b.Property(c => c.UserId).HasMaxLength(450);
        b.Property(c => c.HolderName).HasMaxLength(256);
        b.HasIndex(c => new { c.UserId, c.CourseId });
        b.HasOne(c => c.Course).WithMany().HasForeignKey(c => c.CourseId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(c => c.Partner).WithMany().HasForeignKey(c => c.PartnerId).OnDelete(DeleteBehavior.Restrict);
    }
}
