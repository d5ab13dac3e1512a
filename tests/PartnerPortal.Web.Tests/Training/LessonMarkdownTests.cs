using PartnerPortal.Web.Components.Training;

namespace PartnerPortal.Web.Tests.Training;

/// <summary>Lesson Markdown is written by brand staff but shown as markup to every learner: nothing in it may run script.</summary>
public sealed class LessonMarkdownTests
{
    [Fact]
    public void Renders_ordinary_markdown()
    {
        var html = LessonMarkdown.ToHtml("# 安装步骤\n\nUse **two** people.\n\n| A | B |\n|---|---|\n| 1 | 2 |\n\n- [x] done");

        Assert.Contains("<h1", html);
        Assert.Contains("安装步骤", html);
        Assert.Contains("<strong>two</strong>", html);
        Assert.Contains("<table>", html);
        Assert.Contains("type=\"checkbox\"", html);
    }

    [Fact]
    public void Empty_text_renders_nothing()
    {
        Assert.Equal("", LessonMarkdown.ToHtml(null));
        Assert.Equal("", LessonMarkdown.ToHtml("  \n "));
    }

    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("Before\n\n<script>alert(1)</script>\n\nAfter")]
    [InlineData("Inline <script>alert(1)</script> text")]
    public void Script_in_the_source_comes_out_escaped(string markdown)
    {
        var html = LessonMarkdown.ToHtml(markdown);

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;", html);
    }

    [Theory]
    [InlineData("<img src=x onerror=alert(1)>")]
    [InlineData("Text <img src=x onerror=\"alert(1)\"> more")]
    [InlineData("<div onmouseover=\"alert(1)\">hover</div>")]
    public void Html_elements_with_handlers_come_out_escaped(string markdown)
    {
        var html = LessonMarkdown.ToHtml(markdown);

        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<div", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;", html);
    }

    [Theory]
    [InlineData("[click](javascript:alert(1))")]
    [InlineData("[click](JavaScript:alert(1))")]
    [InlineData("[click](  javascript:alert(1) )")]
    [InlineData("[click](java&#115;cript:alert(1))")]
    [InlineData("[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)")]
    [InlineData("[click][x]\n\n[x]: javascript:alert(1)")]
    [InlineData("[click](vbscript:msgbox)")]
    public void Links_other_than_http_are_shown_as_text(string markdown)
    {
        var html = LessonMarkdown.ToHtml(markdown);

        Assert.DoesNotContain("<a", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("href", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("click", html);
    }

    [Theory]
    [InlineData("<javascript:alert(1)>")]
    [InlineData("![x](javascript:alert(1))")]
    public void Autolinks_and_images_other_than_http_are_not_rendered(string markdown)
    {
        var html = LessonMarkdown.ToHtml(markdown);

        Assert.DoesNotContain("<a", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("href", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("src=", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Web_links_stay_links_and_open_in_a_new_tab()
    {
        var html = LessonMarkdown.ToHtml("See [the manual](https://example.com/manual.pdf) or https://example.com/faq.");

        Assert.Contains("href=\"https://example.com/manual.pdf\"", html);
        Assert.Contains("target=\"_blank\"", html);
        Assert.Contains("rel=\"noopener noreferrer\"", html);
        Assert.Contains("href=\"https://example.com/faq\"", html);
    }

    [Fact]
    public void Images_of_a_host_the_setting_names_stay_images()
    {
        var html = LessonMarkdown.ToHtml("![wiring](https://img.example.com/wiring.png)", new LessonContentPolicy(["img.example.com"]));

        Assert.Contains("<img src=\"https://img.example.com/wiring.png\" alt=\"wiring\"", html);
    }

    [Theory]
    [InlineData("![wiring](/training/materials/12)", "/training/materials/12")]
    [InlineData("![cover](/training/covers/abc.png)", "/training/covers/abc.png")]
    public void The_portals_own_course_files_are_images_by_default(string markdown, string src)
    {
        Assert.Contains($"<img src=\"{src}\"", LessonMarkdown.ToHtml(markdown));
    }

    [Theory]
    [InlineData("![wiring](https://example.com/wiring.png)")]              // a host not in the setting
    [InlineData("![wiring](http://img.example.com/wiring.png)")]           // not https
    [InlineData("![wiring](https://img.example.com.evil.cn/wiring.png)")]
    [InlineData("![wiring](//img.example.com/wiring.png)")]
    [InlineData("![wiring](/account/logout)")]                             // the portal, but not a course file
    [InlineData("![wiring](/training/materials/../../account/logout)")]
    [InlineData("![wiring](training/materials/12)")]
    [InlineData("![wiring](data:image/png;base64,iVBORw0KGgo=)")]
    public void Other_images_show_their_description_instead(string markdown)
    {
        var html = LessonMarkdown.ToHtml(markdown, new LessonContentPolicy(["img.example.com"]));

        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("wiring", html);
    }

    [Theory]
    [InlineData("![video](https://www.youtube.com/watch?v=abc)")]
    [InlineData("![video](https://vimeo.com/123456)")]
    [InlineData("![video](https://youtu.be/abc)")]
    public void Video_sites_do_not_become_frames(string markdown)
    {
        var html = LessonMarkdown.ToHtml(markdown, new LessonContentPolicy(["www.youtube.com", "vimeo.com", "youtu.be"]));

        Assert.DoesNotContain("<iframe", html, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("::: mud-overlay\nCovers the page\n:::")]                 // once covered the whole page
    [InlineData("::: mud-overlay mud-overlay-dark\nx\n:::")]
    [InlineData("::: alert alert-danger\nx\n:::")]
    [InlineData("::: btn\nx\n:::")]
    [InlineData("```x mud-overlay\ncode\n```")]
    public void Only_the_allowed_classes_reach_the_page(string markdown)
    {
        var html = LessonMarkdown.ToHtml(markdown);

        Assert.DoesNotContain("mud-", html);
        Assert.DoesNotContain("alert", html);
        Assert.DoesNotContain("class=\"btn", html);
    }

    [Theory]
    [InlineData("note")]
    [InlineData("tip")]
    [InlineData("warning")]
    [InlineData("important")]
    public void A_course_author_may_put_a_passage_in_a_box(string kind)
    {
        var html = LessonMarkdown.ToHtml($"::: {kind}\nKeep the valves open.\n:::");

        Assert.Contains($"<div class=\"{kind}\"><p>Keep the valves open.</p>", html);
    }

    [Fact]
    public void Markdigs_own_classes_stay()
    {
        var html = LessonMarkdown.ToHtml("- [x] done\n\n> [!WARNING]\n> Hot\n\n```csharp\nx\n```");

        Assert.Contains("class=\"contains-task-list\"", html);
        Assert.Contains("class=\"markdown-alert markdown-alert-warning\"", html);
        Assert.Contains("class=\"language-csharp\"", html);
    }

    [Theory]
    [InlineData("# Title {onclick=\"alert(1)\"}")]
    [InlineData("[x](https://example.com){onclick=alert(1)}")]
    [InlineData("Paragraph\n{onmouseover=alert(1)}")]
    public void Attribute_blocks_cannot_add_event_handlers(string markdown)
    {
        // With Markdig's generic attributes these become real attributes: <h1 id="title" onclick="alert(1)">.
        var html = LessonMarkdown.ToHtml(markdown);

        Assert.DoesNotMatch(@"<[^>]*\son\w+\s*=", html);
    }

    [Theory]
    [InlineData("https://example.com/a", true)]
    [InlineData("http://example.com/a", true)]
    [InlineData(" https://example.com/a ", true)]
    [InlineData("javascript:alert(1)", false)]
    [InlineData("/learning", false)]
    [InlineData("ftp://example.com/a", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void Only_absolute_http_urls_are_web_urls(string? url, bool expected) =>
        Assert.Equal(expected, LessonMarkdown.IsWebUrl(url));
}
