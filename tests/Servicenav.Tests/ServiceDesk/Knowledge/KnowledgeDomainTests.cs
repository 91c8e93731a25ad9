using Servicenav.ServiceDesk.Data.Knowledge;
using Servicenav.ServiceDesk.Domain.Knowledge;
using Servicenav.SharedKernel;

namespace Servicenav.Tests.ServiceDesk.Knowledge;

/// <summary>The article's versions and rules, the safe Markdown rendering and the search terms, without a database.</summary>
public class KnowledgeDomainTests
{
    private static readonly DateTime Monday = new(2026, 3, 2, 8, 0, 0, DateTimeKind.Utc);
    private static readonly KnowledgeAuthor Tove = new("Tove Lind", Guid.NewGuid());

    private static KnowledgeContent Content(string body, KnowledgeAudience audience = KnowledgeAudience.Everyone, params string[] services) =>
        new(" Byta lösenord ", "Kort.", body, audience, services);

    [Fact]
    public void Every_publish_keeps_the_version_before_and_only_the_draft_changes()
    {
        var article = KnowledgeArticle.Write(Content("v1", services: ["it_arbetsplats", "it_arbetsplats", " identitet_behorighet_ad "]), Tove, Monday);
        article.Title.ShouldBe("Byta lösenord");
        article.Services.Select(s => s.ServiceCode).ShouldBe(["identitet_behorighet_ad", "it_arbetsplats"], ignoreOrder: true);
        article.Publish(Tove, Monday.AddHours(1));

        article.Edit(Content("v2 utkast"), Tove, Monday.AddHours(2));
        article.Edit(Content("v2"), Tove, Monday.AddHours(3));

        (article.Status, article.PublishedVersion, article.DraftVersion, article.Body).ShouldBe((KnowledgeArticleStatus.Published, 1, (int?)2, "v1"));
        article.Services.Count.ShouldBe(2, "readers keep the published version's services until the draft is published");
        article.Publish(Tove, Monday.AddHours(4));
        article.Versions.Select(v => (v.Number, v.State, v.Body))
            .ShouldBe([(1, KnowledgeVersionState.Superseded, "v1"), (2, KnowledgeVersionState.Published, "v2")]);
        (article.Body, article.DraftVersion, article.Services.Count).ShouldBe(("v2", (int?)null, 0));
    }

    [Fact]
    public void Publishing_without_a_draft_and_retiring_a_draft_are_refused_by_name()
    {
        var article = KnowledgeArticle.Write(Content("v1"), Tove, Monday);

        Should.Throw<BusinessRuleException>(() => article.Retire(Monday)).RuleName.ShouldBe(nameof(OnlyPublishedArticleCanBeRetiredRule));
        article.Publish(Tove, Monday);
        Should.Throw<BusinessRuleException>(() => article.Publish(Tove, Monday)).RuleName.ShouldBe(nameof(ArticleNeedsDraftToPublishRule));
        Should.Throw<BusinessRuleException>(() => article.Edit(Content("x") with { Title = "  " }, Tove, Monday))
            .RuleName.ShouldBe(nameof(ArticleTitleMustNotBeEmptyRule));
        article.Retire(Monday);
        Should.Throw<BusinessRuleException>(() => KnowledgeFeedback.Give(article, Guid.NewGuid(), "Mia", true, null, false, Monday))
            .RuleName.ShouldBe(nameof(FeedbackOnlyOnPublishedArticleRule));
    }

    [Fact]
    public void Markdown_becomes_html_without_scripts_unsafe_links_or_a_second_h1()
    {
        var html = KnowledgeMarkdown.ToHtml(
            """
            # Rubrik
            ## Underrubrik
            <script>alert(1)</script> <img src=x onerror=alert(1)>
            [ok](https://intranat.region.se) [mejl](mailto:kundtjanst@region.se) [js](javascript:alert(1)) [js2](JaVaScRiPt:alert(1))
            <javascript:alert(2)> ![bild](data:image/svg+xml;base64,PHN2Zz4=) ![bild2](/bilder/docka.png)
            """);

        html.ShouldContain("<h2>Rubrik</h2>");
        html.ShouldContain("<h3>Underrubrik</h3>");
        html.ShouldNotContain("<h1");
        html.ShouldContain("&lt;script&gt;");
        html.ShouldNotContain("<script");
        html.ShouldNotContain("<img src=\"x\"");
        html.ShouldNotContain("javascript:", Case.Insensitive);
        html.ShouldNotContain("data:image");
        html.ShouldContain("href=\"https://intranat.region.se\"");
        html.ShouldContain("href=\"mailto:kundtjanst@region.se\"");
        html.ShouldContain("src=\"/bilder/docka.png\"");
    }

    [Fact]
    public void Search_terms_are_words_without_stop_words_each_a_prefix_and_nothing_else_reaches_the_query()
    {
        var terms = SearchTerms.Parse("Skrivaren på avdelning 12 skriver INTE ut \"*) OR NOT (", SearchMode.AllTerms);

        terms.Words.ShouldBe(["skrivaren", "avdelning", "12", "skriver", "or", "not"]);
        terms.ToFts5().ShouldBe("\"skrivar\"* AND \"avdelning\"* AND \"12\"* AND \"skriv\"* AND \"or\"* AND \"not\"*");
        terms.ToTsQuery().ShouldStartWith("(skrivaren:* | skrivar:*) & avdelning:* & 12:* & (skriver:* | skriv:*)");
        SearchTerms.Parse("avdelning 12", SearchMode.AnyTerm).Words.ShouldBe(["avdelning"], "a short number is noise in a suggestion");
        SearchTerms.Parse("och i på -- !!", SearchMode.AllTerms).IsEmpty.ShouldBeTrue();
        SearchTerms.Trim("lösenordet").ShouldBe("lösenord");
        SearchTerms.Trim("byta").ShouldBe("byta", "a word keeps at least four letters");
    }
}
