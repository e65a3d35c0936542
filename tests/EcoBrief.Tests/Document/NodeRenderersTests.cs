using EcoBrief.Document;
using EcoBrief.Document.KeyFigures;
using EcoBrief.Document.Rendering;
using Markdig.Extensions.Footnotes;
using Markdig.Extensions.Tables;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;

namespace EcoBrief.Tests.Document;

/// <summary>The one dispatcher of the paged writers: by block type, first match wins, asked once per type, an unknown block skipped.</summary>
public sealed class NodeRenderersTests
{
    /// <summary>A target that renders a block to a name, so the tests see which renderer took it.</summary>
    private sealed class Names() : DocumentRenderer<Names, string>(Shared)
    {
        public static readonly NodeRenderers<Names, string> Shared = new("skipped", new Named<MetaLineBlock>("meta"), new Named<ParagraphBlock>("paragraph"), new Named<ParagraphBlock>("second"), new Named<ContainerBlock>("container"));
    }

    private sealed class Named<TBlock>(string name) : NodeRenderer<TBlock, Names, string>
        where TBlock : Block
    {
        public int Asked { get; private set; }

        public override bool Accept(Type blockType)
        {
            Asked++;
            return base.Accept(blockType);
        }

        protected override string Render(TBlock block, Names renderer) => name;
    }

    [Fact]
    public void The_first_renderer_that_accepts_the_type_renders_it_a_subtype_before_its_base()
    {
        var names = new Names();
        Assert.Equal("meta", names.Render(new MetaLineBlock()));
        Assert.Equal("paragraph", names.Render(new ParagraphBlock()));
        Assert.Equal("container", names.Render(new QuoteBlock(null)));
    }

    [Fact]
    public void A_block_no_renderer_accepts_is_skipped_as_the_target_s_nothing()
    {
        var names = new Names();
        Assert.Null(Names.Shared.For(typeof(ThematicBreakBlock)));
        Assert.Equal("skipped", names.Render(new ThematicBreakBlock(null!)));
        Assert.Equal(Names.Shared.None, names.Render(new HeadingBlock(null!)));
    }

    [Fact]
    public void Each_type_is_matched_once_and_remembered()
    {
        var renderers = new NodeRenderers<Names, string>("skipped", new Named<FencedCodeBlock>("code"), new Named<ParagraphBlock>("paragraph"));
        var code = (Named<FencedCodeBlock>)renderers.All[0];
        for (var i = 0; i < 5; i++)
        {
            Assert.Equal("paragraph", renderers.Render(new ParagraphBlock(), new Names()));
        }

        Assert.Equal(1, code.Asked);
        Assert.Same(renderers.All[1], renderers.For(typeof(ParagraphBlock)));
        Assert.Equal(1, code.Asked);
    }

    [Fact]
    public void The_skip_renderer_takes_its_types_and_their_subtypes_only()
    {
        var skip = new SkipRenderer<Names, string>("none", typeof(YamlFrontMatterBlock), typeof(ContainerBlock));
        Assert.True(skip.Accept(typeof(YamlFrontMatterBlock)));
        Assert.True(skip.Accept(typeof(QuoteBlock)));
        Assert.False(skip.Accept(typeof(ParagraphBlock)));
        Assert.Equal("none", skip.Render(new QuoteBlock(null), new Names()));
    }

    public static TheoryData<Type> Blocks => [typeof(HeadingBlock), typeof(MetaLineBlock), typeof(ParagraphBlock), typeof(ListBlock), typeof(KeyFiguresBlock), typeof(Table), typeof(ThematicBreakBlock), typeof(QuoteBlock), typeof(FencedCodeBlock), typeof(CodeBlock), typeof(YamlFrontMatterBlock), typeof(FootnoteGroup)];

    [Theory]
    [MemberData(nameof(Blocks))]
    public void Both_paged_writers_have_a_renderer_for_every_block_the_templates_write(Type block)
    {
        Assert.NotNull(EcoBrief.Pdf.PdfRenderContext.Nodes.For(block));
        Assert.NotNull(EcoBrief.Docx.DocxRenderContext.Nodes.For(block));
    }

    [Fact]
    public void The_front_matter_is_not_code_to_either_writer_and_the_meta_line_has_a_renderer_of_its_own()
    {
        Assert.IsType<SkipRenderer<EcoBrief.Pdf.PdfRenderContext, EcoBrief.Layout.Element?>>(EcoBrief.Pdf.PdfRenderContext.Nodes.For(typeof(YamlFrontMatterBlock)));
        Assert.IsType<EcoBrief.Pdf.Renderers.CodeBlockRenderer>(EcoBrief.Pdf.PdfRenderContext.Nodes.For(typeof(FencedCodeBlock)));
        Assert.IsType<EcoBrief.Pdf.Renderers.MetaLineRenderer>(EcoBrief.Pdf.PdfRenderContext.Nodes.For(typeof(MetaLineBlock)));
        Assert.IsType<EcoBrief.Docx.Renderers.MetaLineRenderer>(EcoBrief.Docx.DocxRenderContext.Nodes.For(typeof(MetaLineBlock)));
        Assert.IsType<EcoBrief.Docx.Renderers.ParagraphRenderer>(EcoBrief.Docx.DocxRenderContext.Nodes.For(typeof(ParagraphBlock)));
    }
}
