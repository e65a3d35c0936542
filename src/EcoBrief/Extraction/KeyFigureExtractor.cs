using System.Globalization;
using System.Text.RegularExpressions;
using EcoBrief.Chinese;
using EcoBrief.Lexicon;
using EcoBrief.Model;
using EcoBrief.Outline;

namespace EcoBrief.Extraction;

/// <summary>
/// Finds every quantity with a unit, the noun phrase it measures, and a stated change, then ranks
/// them so the headline indicators (rates, concentrations, totals with a comparison) come first.
/// </summary>
internal static partial class KeyFigureExtractor
{
    /// <summary>What the sentence did with a figure, as its parse saw it.</summary>
    [Flags]
    internal enum FigureCue
    {
        None = 0,

        /// <summary>A change or comparison follows it (比上年增长9%), or its variant's does.</summary>
        Change = 1,

        /// <summary>A round mark passed on the way (迈上6万亿元台阶 / 突破1000亿元、达到1020亿元).</summary>
        Threshold = 2,

        /// <summary>A narrowed variant of the figure before it (其中… / 扣除…后), labelled 甲（乙）.</summary>
        Variant = 4,

        /// <summary>The growth of a level, from the comparison after it.</summary>
        Derived = 8,
    }

    private const string Units =
        "个百分点|百分点|%|％|‰|微克/立方米|毫克/立方米|毫克/升|平方公里|平方千米|平方米|立方米|千瓦时|千瓦|公里|千米|公顷|亩|吨|美元|元|斤|标准箱|" +
        "户|人次|人(?!口)|名|件|项|个|家|座|所|条|台(?!阶)|辆|套|宗|起|处|批|部|篇|场|艘|架|头|株|公斤|千克|倍|次|天|小时|岁|微克|毫克";

    /// <summary>
    /// A number with its unit: 62.7亿元 · 30微克/立方米 · 每立方米19微克 (the measure written first) ·
    /// 减少1109万， (ten thousands of people, no unit word) · 620多万套 · 3万余场 (a round count) ·
    /// 增长-3.5% / 下降−2.1% (a negative change: the sign is the figure's; a hyphen is a sign only after a
    /// verb of change or a copula, else it is a range's dash).
    /// </summary>
    [GeneratedRegex(@"(?<per>每立方米)?(?<![A-Za-z0-9.\-/_第])(?<sign>(?:(?<=增长|下降|上升|提高|降低|减少|增加|回落|上涨|下跌|增速|增幅|降幅|涨幅|为|是|达|到|至|[：，、（])[-－])|−)?(?<num>[0-9]+(?:,[0-9]{3})*(?:\.[0-9]+)?)(?:多|余)?(?<mag>万亿|亿|万|千)?(?:多|余)?(?:(?<unit>" + Units + @")|(?<=[0-9][万亿])(?=[，。；、）]))(?<approx>以上|以下|以内|左右|多|余)?")]
    private static partial Regex Quantity();

    /// <summary>The unit of a quantity as the report means it: magnitude, unit, and the measure written first.</summary>
    internal static string UnitOf(Match m) =>
        m.Groups["mag"].Value + m.Groups["unit"].Value.Replace('％', '%') + (m.Groups["per"].Success ? "/立方米" : string.Empty);

    [GeneratedRegex(@"^[万亿千百]*(?:元|吨|美元|人)?(?:的)?(?:台阶|大关|关口|规模)")]
    private static partial Regex Threshold();

    /// <summary>What lies between a count of thresholds and the value reached: 4个|万亿元台阶、达|14.2万亿元.</summary>
    [GeneratedRegex(@"^[万亿千百]*(?:元|吨|美元|人)?(?:的)?(?:台阶|大关|关口)[、，和并]*(?:达到|达|为|至|增至|升至)?$")]
    private static partial Regex AfterThreshold();

    /// <summary>A verb of passing a mark: 突破 / 超过 / 跨上 / 迈上 before the number.</summary>
    /// <summary>Adverbs that carry no subject of their own: 稳步|达到 · 首次|突破.</summary>
    [GeneratedRegex(@"^(?:稳步|逐步|持续|进一步|大幅|显著|明显|已经|已|一举|历史性地|首次|再次)+$")]
    private static partial Regex AdverbOnly();

    /// <summary>A verb of reaching a level: 达到 · 增至 · 提高到.</summary>
    [GeneratedRegex(@"(?:达到|达|增至|升至|提高到|增加到|扩大到|突破|超过)$")]
    private static partial Regex ReachVerb();

    [GeneratedRegex(@"(?:突破|超过|跨过|跨上|迈上|迈过|跃上|站上)$")]
    private static partial Regex PassedBefore();

    /// <summary>The value reached, right after the mark passed: 、达到1020.</summary>
    [GeneratedRegex(@"\G[、，]?(?:达到|达|为|至)[0-9]")]
    private static partial Regex ReachedAfter();

    /// <summary>What stands before the "from" value: 从 / 由, perhaps with its year or a word of its own (从2020年的 / 从上半年 / 从不到).</summary>
    [GeneratedRegex(@"(?:从|由)(?:(?:19|20)[0-9]{2}年(?:末|底)?的?|[^，；。、0-9从由]{0,5})\s*$")]
    private static partial Regex FromBefore();

    /// <summary>What follows the "from" value of 从X提高到Y.</summary>
    [GeneratedRegex(@"^[^，；。0-9]{0,8}?(?:提高|增加|增长|上升|下降|降低|减少|扩大|提升|缩小|跃升|升|降|增)(?:到|至)")]
    private static partial Regex ToVerb();

    /// <summary>The number of a quantity, with its sign; false for one too long to be a figure (a decimal holds 28 digits: <see cref="UnfitNumbers"/> warns).</summary>
    internal static bool TryValue(Match m, out decimal value)
    {
        var ok = decimal.TryParse(m.Groups["num"].Value.Replace(",", string.Empty, StringComparison.Ordinal), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
        value = m.Groups["sign"].Success ? -value : value;
        return ok;
    }

    /// <summary>Every quantity with a unit in <paramref name="text"/>.</summary>
    internal static MatchCollection Quantities(string text) => Quantity().Matches(text);

    /// <summary>Text between two numbers that names nothing: a list mark or a verb of reaching.</summary>
    [GeneratedRegex(@"^[、和及与，\s]*(?:分别|达到|达|为|是|超过|突破|增至|升至|提高到|增长到|增加到)?[、和及与\s]*$")]
    private static partial Regex OnlyJoiners();

    /// <summary>PM_2.5 (a scraped subscript) is PM2.5.</summary>
    internal static string CleanLabel(string label) => label.Replace("PM_2.5", "PM2.5", StringComparison.Ordinal).Replace("PM_{2.5}", "PM2.5", StringComparison.Ordinal);

    /// <summary>How a comparison is reckoned, before it: 按可比价格计算 · 扣除价格因素.</summary>
    private const string Reckoning = @"(?:按可比价格?计算|扣除价格因素|剔除价格因素)?[，,]?";

    /// <summary>A clause that compares the figure before it: 同比… · 比上年… · 高于…, perhaps after how it is reckoned (按可比价格计算比上年增长10.2%).</summary>
    [GeneratedRegex("^" + Reckoning + @"(?:同比|环比|(?:比|较)(?:上年末?|去年|年初|[0-9]{4}年)|好于|优于|高于|低于|快于|慢于|超出)")]
    private static partial Regex ChangeClause();

    /// <summary>A comparison that gives a rate of change: 比上年增长9% — a headline figure of its own beside the level it compares.</summary>
    [GeneratedRegex("^" + Reckoning + @"(?:同比|比上年末?|较上年末?|比去年)(?<verb>增长|下降|上升|提高|降低|减少|增加|回落)")]
    private static partial Regex RateChange();

    /// <summary>A verb of change that ends a label, with its base: 生产总值增长 → 生产总值 · 收入比2015年增长 → 收入.</summary>
    [GeneratedRegex(@"(?:同比|比上年|较上年|[比较](?:19|20)[0-9]{2}年(?:末|底)?)?(?:近?[五十]年)?(?:年均|平均)?(?:增长|下降|上升|提高|降低|减少|增加|回落|上涨|净增|净减)$")]
    private static partial Regex TrailingChange();

    /// <summary>A comparison set after a figure with 、 inside its clause: 、同比下降.</summary>
    [GeneratedRegex(@"^、(?:同比|环比|比上年末?|较上年末?|比去年)(?:增长|下降|上升|提高|降低|减少|增加|回落|上涨|扩大|缩小|改善)$")]
    private static partial Regex InlineChange();

    [GeneratedRegex(@"^(?:扣除|剔除|其中|不含|含)")]
    private static partial Regex QualifierClause();

    /// <summary>A number that is not a year nor part of a name (2007年 is a time, 5G and 500强 are names, 9000多万吨 a quantity).</summary>
    [GeneratedRegex(@"[0-9]+(?:\.[0-9]+)?(?![0-9.年A-Za-z强])")]
    private static partial Regex NumberNotYear();

    [GeneratedRegex(@"^(?<scope>全省|全市|全区|全国|全年)?(?:实现|完成)(?=(?:地区|国内)?生产总值|GDP|[^，。；]{0,6}增加值|[^，。；]{0,6}收入)")]
    private static partial Regex AchievedIndicator();

    /// <summary>A stage of works with nothing of its own: 基本建成 · 全部竣工 · 投产.</summary>
    [GeneratedRegex(@"^(?:基本|全部|已)?(?:建成|完成|开工|竣工|交付|投产|投运|开通)$")]
    private static partial Regex StageOnly();

    /// <summary>A stage of works and its object: 新开工|安居工程 · 开工建设|重大项目.</summary>
    [GeneratedRegex(@"^(?:新开工|开工建设|开工|新建|建成|完成)(?<object>[^，。；、]{2,})$")]
    private static partial Regex StagedObject();

    /// <summary>A total with no subject of its own: 总量 · 总额 · 规模.</summary>
    [GeneratedRegex(@"^(?:总量|总额|规模|总规模)$")]
    private static partial Regex TotalOnly();

    [GeneratedRegex(@"(?:突破|跨过|跨上|迈上|迈过|跃上|站上|超过)[十百千万亿两]*[千万亿](?:元|美元)?(?:大关|台阶|关口)?[、，]")]
    private static partial Regex PassedThreshold();

    /// <summary>A label that ends with a verb whose object the number counts: 全市新建|3个|产业园.</summary>
    [GeneratedRegex(@"(?:取消|下放|建成|新建|改建|新改建|改造|培育|认定|实施|开工|完成|解决|新增|打造|创建|建设|引进|落地|推出|出台|发布|设立|开通|布局|组建|帮扶|评定|打通|整治|淘汰|关停|化解|治理|纳入)$")]
    private static partial Regex VerbEnd();

    [GeneratedRegex(@"\G(?:—{1,2}|－|～|~|-|至)")]
    private static partial Regex RangeDash();

    /// <summary>A circumstance inside a label: 在运价上涨的情况下 · 在基数较高的背景下.</summary>
    [GeneratedRegex(@"在[^，。；在]{2,24}?(?:的)?(?:情况|背景|形势|条件|前提)下")]
    private static partial Regex Circumstance();

    [GeneratedRegex(@"^(?:以上|以下|以内|左右|多|余)")]
    private static partial Regex BoundAfterNumber();

    /// <summary>What follows a quantity that describes things then counted: 县|2个 · 的企业|30家.</summary>
    [GeneratedRegex(@"\G的?[\u4e00-\u9fff-[和及与或并、]]{1,4}[0-9]+(?:\.[0-9]+)?(?:个|家|座|所|项|条|户|批|处)")]
    private static partial Regex DescribesCounted();

    /// <summary>What follows a bound that names the scope of a measure, then the measure's value: 以上|固定资产投资2620亿元 (not a count's: 100家以上|特色企业和100个…).</summary>
    [GeneratedRegex(@"\G的?[\u4e00-\u9fff]{2,12}?(?:达到|达|为|完成)?[0-9]")]
    private static partial Regex BoundedMeasure();

    /// <summary>A bound written before a number: 突破 · 超过 · 超 · 逾 · 近 · 约 · 不到 · 不足.</summary>
    [GeneratedRegex(@"(?<![赶追])(?:突破|超过|超|逾|接近|近|约|不到|不足)$")]
    private static partial Regex BoundBefore();

    /// <summary>A classifier the thing counted follows: 16个产业园区 / 3家企业.</summary>
    [GeneratedRegex(@"^(?:个|家|座|所|项|条|户|件|批|部|台|辆|艘|架|头|株|处|宗)$")]
    private static partial Regex CountClassifier();

    /// <summary>A count of things, whatever its magnitude: 个 · 万家 · 亿户.</summary>
    internal static bool IsCount(string unit) => CountClassifier().IsMatch(unit.TrimStart('万', '亿'));

    /// <summary>A condition, then an indicator of its own: 扣除沙尘影响后|空气优良天数比率.</summary>
    [GeneratedRegex(@"^(?<condition>(?:扣除|剔除)[^，。；]{1,16}?(?:后|外))(?<indicator>[^，。；]{2,})$")]
    private static partial Regex QualifiedOwnIndicator();

    // Right to left, for speed on long clauses; so the longer words come first.
    [GeneratedRegex(@"(?:数额总计|分别为|预计|稳定在|控制在|上升至|上升到|下降至|下降到|提升至|提升到|增长到|增长至|增加至|减少到|减少至|降低到|降低至|回落到|回落至|分别|达到|接近|拟按|约为|共计|总计|合计|累计|超过|突破|保持|迈上|迈过|跨上|跨过|跃上|站上|登上|降到|降至|升至|提高到|提高至|增加到|增至|首次|再次|连续|低于|不到|平均|均|为|是|达|约|近|共|逾|超|在|按|拟|将|全年|今年)+$", RegexOptions.RightToLeft)]
    private static partial Regex TrailingCopula();

    /// <summary>A measure and the 完成 before its value: 投资完成 · 生产总值预计完成 · 财政收入实现.</summary>
    [GeneratedRegex(@"(?<measure>(?:值|额|收入|投资|总量|产量|出口|进口|利润|税收|产值))(?:预计)?(?:完成|实现)了?$")]
    private static partial Regex MeasureCompleted();

    [GeneratedRegex(@"^(?:其中|全年|今年|去年|上年|同时|此外|累计|预计|共|并|还|和|及|以及|与|把|是在|这是在)+")]
    private static partial Regex LeadingFiller();

    [GeneratedRegex(@"^(?:新|再|累计|启动|共)?(?:完成|实施|建设|建成|新建|新增|发布|办理|举办|开展|改造|治理|出台|制定|印发|推动|组织|培训|查处|处理|受理|检查|督办|解决|创建|认定|培育|部署|签订|召开)+$")]
    private static partial Regex VerbOnly();

    [GeneratedRegex(@"^(?:同比|比上年|较上年|(?:较|比)“?[^，。；“”分别]{1,8}?”?(?:时期)?(?:末|初|底)?)?(?:近?[五十]年)?(?:年均|平均)?(?:增长|下降|上升|提高|降低|减少|增加|回落|扩大|缩小|增产|减产|净增)$")]
    private static partial Regex ChangeVerbOnly();

    /// <summary>A label that is only a change, with no subject of its own: 比上年分别下降.</summary>
    [GeneratedRegex(@"^(?:同比|比上年末?|较上年末?|比去年)?(?:分别)?(?<verb>增长|下降|上升|提高|降低|减少|增加|回落)$")]
    private static partial Regex ChangeOnly();

    /// <summary>A measure that is some entities' own, perhaps with its change: 营收 · 增加值增长.</summary>
    [GeneratedRegex(@"^(?:营收|营业收入|销售收入|增加值|产值|总产值|利润|利润总额|税收)(?:同比)?(?:增长|下降|提高|增加|减少)?$")]
    private static partial Regex OwnMeasure();

    /// <summary>A label that is only a measure, perhaps with its year: 2007年产量 / 总产量.</summary>
    [GeneratedRegex(@"^(?:(?:19|20)[0-9]{2}年|全年|去年)?(?<measure>产量|总产量|总量|总额|规模)$")]
    private static partial Regex BareMeasure();

    /// <summary>The figure found last in this clause, if any.</summary>
    private static KeyFigure? LastOf(List<(KeyFigure Figure, FigureCue Cue)> found, int clauseFirst) =>
        found.Count > clauseFirst ? found[^1].Figure : null;

    /// <summary>Where the subject of a clause without numbers ends: 棉花产量|再创新高 — its predicate begins.</summary>
    [GeneratedRegex(@"屡|连续|持续|稳定|保持|实现|再创|创|近年来|不断|大幅|明显|稳步|首次|继续|进一步|显著|快速|较快|基本|全面|取得|迈上|跃上|好于|优于")]
    private static partial Regex PredicateStart();

    /// <summary>The subject of the sentence, from its first clause when that holds no number (棉花产量再创新高，全年达到…).</summary>
    private static string? Topic(string clause)
    {
        var m = PredicateStart().Match(clause);
        var subject = m.Success ? clause[..m.Index] : string.Empty;
        subject = LeadingFiller().Replace(subject.Trim(), string.Empty);
        return subject.Length is >= 2 and <= 16 ? subject : null;
    }

    /// <summary>A second "from" value after the first, then the verb that takes both: 和16935元分别提高到.</summary>
    [GeneratedRegex(@"^和[0-9]+(?:\.[0-9]+)?[万亿千]*[^，；。0-9和]{0,4}分别(?:提高|增加|增长|上升|下降|降低|减少|提升)(?:到|至)")]
    private static partial Regex PairedFrom();

    [GeneratedRegex(@"浓度|比率|比例|率|总值|GDP|增长|收入|指数|达标|优良|排放|产量|总量|规模|投资|消费|面积|覆盖")]
    private static partial Regex IndicatorWord();

    public static List<KeyFigure> Extract(OutlineNode root, IReadOnlyList<ReportSection> sections, Scoring.DecisionTrace? trace = null)
    {
        var found = new List<(KeyFigure Figure, FigureCue Cue)>();
        var places = new List<Place>();
        var roleOf = new Dictionary<OutlineNode, (SectionRole Role, double Position, bool FiveYears)>(ReferenceEqualityComparer.Instance);
        foreach (var s in sections)
        {
            // 过去五年工作回顾: a review of the plan period as a whole, with no passage of its own on last year.
            var lastYearPassage = s.Nodes.Any(n => n.Paragraph is not null && LastYearOpening().IsMatch(n.Text));
            var fiveYearReview = s.Role == SectionRole.Review && SectionClassifier.ReadsAsFiveYearsOnly(s.Heading) && !lastYearPassage;
            // 过去的五年极不寻常。… then paragraphs by theme, then 刚刚过去的2025年…: the paragraphs
            // between a five-year opening and last year's belong to the five years. (Where last year
            // has no passage of its own, the five years' figures are the review's headline results.)
            var carried = false;
            for (var i = 0; i < s.Nodes.Count; i++)
            {
                var n = s.Nodes[i];
                if (s.Role == SectionRole.Review && lastYearPassage && n.Paragraph is not null)
                {
                    carried = LastYearOpening().IsMatch(n.Text) || (n.IsNumbered && n.Marker!.Style != NumberingStyle.Dash) || n.Paragraph.IsPartHeading
                        ? false
                        : carried || FiveYearOpening().IsMatch(n.Text);
                }

                roleOf[n] = (s.Role, (double)i / s.Nodes.Count, fiveYearReview || carried);
            }
        }

        foreach (var node in root.DescendantsAndSelf())
        {
            if (node.Paragraph is null)
            {
                continue;
            }

            var section = SectionPath(node);
            var (role, position, fiveYearReview) = roleOf.TryGetValue(node, out var r) ? r : (SectionRole.Other, 1.0, false);
            var from = found.Count;
            foreach (var sentence in node.Sentences)
            {
                ExtractFromSentence(node.Paragraph, sentence, section, found);
            }

            // Where a figure stands says what it is: the review holds last year's results (its
            // five-year passages the plan period's), the parts after it targets and plans.
            var opening = node.Text.Length > 40 ? node.Text[..40] : node.Text;
            // (连续五年保持100%: a run of years that holds last year too names no plan period.)
            var fiveYears = (fiveYearReview || SectionClassifier.NamesFiveYears(opening.Replace("连续五年", string.Empty, StringComparison.Ordinal))) && !LastYearOpening().IsMatch(opening);
            // 今年经济社会发展的主要预期目标是：生产总值增长10%…: what follows a lead-in of goals is targets, whatever part it stands in.
            var goals = GoalLeadIn().Match(node.Paragraph.Text) is { Success: true } lead ? node.Paragraph.Span.Start + lead.Index : int.MaxValue;
            for (var i = from; i < found.Count; i++)
            {
                var (f, cue) = found[i];
                var period = role switch
                {
                    _ when f.Span.Start >= goals => FigurePeriod.Target,
                    SectionRole.Review when fiveYears || FiveYearLabel().IsMatch(f.Label) || Cumulative(node.Paragraph, f) => FigurePeriod.FiveYear,
                    SectionRole.Review => FigurePeriod.Result,
                    SectionRole.Between or SectionRole.Tasks or SectionRole.TaskChapter or SectionRole.Government => FigurePeriod.Target,
                    _ => FigurePeriod.Other,
                };
                found[i] = (f with { Period = period }, cue);
                places.Add(new Place(node.Paragraph, position, node.IsNumbered));
            }
        }

        // Each figure's chance of being one of last year's headline results, by the fitted weights
        // (weights/figures.tsv); the first of an indicator's results in the review is usually the
        // whole place's, those after it its parts' or its details'.
        var model = Scoring.LinearModel.Embedded(Model);
        var indicators = new Dictionary<string, Indicator?>(StringComparer.Ordinal);
        Indicator? IndicatorOf(string label)
        {
            if (!indicators.TryGetValue(label, out var i))
            {
                indicators[label] = i = IndicatorLexicon.Of(label);
            }

            return i;
        }

        string? KindOf(KeyFigure f) => IndicatorOf(f.Label) is { } i ? i.Group + (Lexicon.Units.IsRate(f.Unit) ? ":rate" : ":level") : null;

        var kinds = new HashSet<string>(StringComparer.Ordinal);
        var scored = new List<(KeyFigure Figure, double Score, string? Kind, int Index)>(found.Count);
        for (var i = 0; i < found.Count; i++)
        {
            var (f, cue) = found[i];
            var kind = KindOf(f);
            var first = f.Period == FigurePeriod.Result && kind is not null && kinds.Add(kind);
            var features = Describe(f, cue, places[i], IndicatorOf(f.Label), first);
            var score = model.Score(features);
            trace?.Figures.Add(new Scoring.TracedFigure(f, features));

            // 突破1000亿元、达到1020亿元: a round mark passed on the way is no value of its own; it
            // steps back as a figure already shown does.
            if (cue.HasFlag(FigureCue.Threshold))
            {
                score -= RepeatPenalty;
            }

            scored.Add((f with { Confidence = Math.Round(Scoring.LinearModel.Logistic(score), 2) }, score, kind, i));
        }

        // Stable: equal scores keep document order. A second figure of one headline kind (the same
        // indicator's level or rate again) steps back, so the first cards show different indicators.
        var ordered = scored.OrderByDescending(t => t.Score).ThenBy(t => t.Index).ToList();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var adjusted = new List<(KeyFigure Figure, double Score, int Rank)>();
        for (var rank = 0; rank < ordered.Count; rank++)
        {
            var (f, score, kind, _) = ordered[rank];
            if (kind is not null)
            {
                var n = seen.GetValueOrDefault(kind);
                seen[kind] = n + 1;
                score -= RepeatPenalty * n;
            }

            adjusted.Add((f, score, rank));
        }

        return [.. adjusted.OrderByDescending(a => a.Score).ThenBy(a => a.Rank).Select(a => a.Figure)];
    }

    /// <summary>The name of the figures' weights (weights/figures.tsv).</summary>
    internal const string Model = "figures";

    /// <summary>How far a second figure of one headline kind steps back, in the model's log-odds: behind every first one of another kind but the unlikely.</summary>
    private const double RepeatPenalty = 5;

    /// <summary>Where a figure stands: its paragraph, how far into its part, and whether the paragraph is a numbered item.</summary>
    private readonly record struct Place(Paragraph Paragraph, double Position, bool Numbered);

    /// <summary>
    /// What a figure looks like, as the features its fitted weights weigh: where it stands (the period
    /// its part gives, the review's opening, a numbered item), its unit's kind, the headline indicator its
    /// label names and whether it is that indicator's first result, what its label says of it (a share, a
    /// lead over a benchmark, the plan period, a part of the place, the whole place, a target's words)
    /// and what its sentence did with it (a stated change, a round mark passed, a narrowed variant).
    /// </summary>
    private static Scoring.Features Describe(KeyFigure f, FigureCue cue, Place place, Indicator? indicator, bool firstOfKind)
    {
        var features = new Scoring.Features().Add("bias", 1).Flag("period:" + f.Period, true)
            .Flag("review:opening", f.Period == FigurePeriod.Result && place.Position < 0.25)
            .Flag("paragraph:numbered", place.Numbered)
            .Flag("unit:" + UnitKind(f.Unit), true)
            .Flag("label:indicator-word", IndicatorWord().IsMatch(f.Label))
            .Flag("label:ambiguous", AmbiguousLabel().IsMatch(f.Label))
            .Flag("label:share", ShareLabel().IsMatch(f.Label))
            .Flag("label:benchmark", BenchmarkLabel().IsMatch(f.Label))
            .Flag("label:plan-period", FiveYearLabel().IsMatch(f.Label))
            .Flag("label:base-year", BaseYear().IsMatch(f.Label))
            .Flag("label:whole-place", WholePlace().IsMatch(f.Label))
            .Flag("label:part-of-place", PartOfPlace().IsMatch(f.Label))
            .Flag("label:target-words", TargetWords().IsMatch(f.Label))
            .Flag("label:part-of-year", PartOfYear().IsMatch(f.Label))
            .Flag("label:short", f.Label.Length <= 3)
            .Flag("label:long", f.Label.Length >= 14)
            .Flag("sentence:of-which", OfWhich(place.Paragraph, f))
            .Flag("rate:large-growth", Lexicon.Units.IsRate(f.Unit) && f.Value > 50 && GrowthEnd().IsMatch(f.Label))
            .Flag("qualifier:" + f.Qualifier, f.Qualifier is not null)
            .Flag("cue:change", cue.HasFlag(FigureCue.Change) || f.Change is not null)
            .Flag("cue:threshold", cue.HasFlag(FigureCue.Threshold))
            .Flag("cue:variant", cue.HasFlag(FigureCue.Variant))
            .Flag("cue:derived-growth", cue.HasFlag(FigureCue.Derived));
        if (indicator is not null)
        {
            features.Flag("indicator:" + indicator.Group, true)
                .Flag("indicator:takes-unit", indicator.Takes(f.Unit))
                .Flag("indicator:card-form", indicator.CardShowsRate == Lexicon.Units.IsRate(f.Unit))
                .Flag("indicator:first-result", firstOfKind);
        }

        return features;
    }

    private static string UnitKind(string unit) => unit switch
    {
        _ when Lexicon.Units.IsRate(unit) => "rate",
        _ when unit.Contains('/', StringComparison.Ordinal) => "per",
        _ when unit.StartsWith('亿') || unit.StartsWith("万亿", StringComparison.Ordinal) => "hundred-million",
        "次" or "天" or "小时" or "岁" or "批" or "场" or "篇" => "tally",
        _ when IsCount(unit) => "count",
        _ when unit.StartsWith('万') => "ten-thousand",
        _ => "other",
    };

    /// <summary>其中 earlier in the figure's sentence: a part of what the sentence measured first (其中出口增长…).</summary>
    private static bool OfWhich(Paragraph paragraph, KeyFigure f)
    {
        var at = Math.Min(f.Span.Start - paragraph.Span.Start, paragraph.Text.Length);
        if (at <= 0)
        {
            return false;
        }

        var sentenceStart = paragraph.Text.LastIndexOfAny(['。', '；', '！', '？'], at - 1) + 1;
        return paragraph.Text.AsSpan(sentenceStart, at - sentenceStart).Contains("其中", StringComparison.Ordinal);
    }

    /// <summary>The whole place as the label's subject: 全省 · 全市 · 全国 · 我省 · 全年.</summary>
    [GeneratedRegex(@"^(?:全省|全市|全区|全国|全州|全县|全盟|我省|我市|我区|本市|本省|全年)")]
    private static partial Regex WholePlace();

    /// <summary>A part of the place as the label's subject: 县（市）· 各县区 · 四县（市）· 开发区 · 高新区.</summary>
    [GeneratedRegex(@"^(?:各|[0-9一二三四五六七八九十两]+个?)?(?:县（[市区、]+）|县[市区]|区县|市县|县域|开发区|园区|高新区|新区|城区|郊区)")]
    private static partial Regex PartOfPlace();

    /// <summary>A comparison with a plan's base year: 比2020年 · 较2015年 · 比“十二五”末.</summary>
    [GeneratedRegex(@"[比较](?:(?:19|20)[0-9]{2}年|“?十[一二三四五六七八九]五”?末|[一二三四五六七八九十]{2,3}五末)")]
    private static partial Regex BaseYear();

    /// <summary>
    /// A lead-in of goals: 主要预期目标是 · 预期目标为 · 主要目标是 · 奋斗目标是 · 目标任务是 — not a result
    /// measured against them (高于预期目标 · 完成了预期目标).
    /// </summary>
    [GeneratedRegex(@"(?:预期|主要|奋斗|发展)目标(?:任务)?(?:是|为)[：:，,]?")]
    private static partial Regex GoalLeadIn();

    /// <summary>A time narrower than the year: 2月份 · 一季度 · 前三季度 · 上半年.</summary>
    [GeneratedRegex(@"[0-9一二三四五六七八九十]{1,2}月份?|[一二三四]季度|前三季度|上半年|下半年")]
    private static partial Regex PartOfYear();

    /// <summary>A target's words: 力争 · 预期 · 目标 · 计划 · 控制在.</summary>
    [GeneratedRegex(@"力争|预期|目标|计划|控制在")]
    private static partial Regex TargetWords();

    /// <summary>A label that ends with a verb of growth: a rate of change, not a level.</summary>
    [GeneratedRegex(@"(?:增长|增速|增幅|提高|上升|上涨)$")]
    private static partial Regex GrowthEnd();

    /// <summary>A paragraph that opens a passage on the plan period: 过去五年… / 五年来… / “十四五”时期….</summary>
    [GeneratedRegex(@"^(?:过去(?:的)?五年|五年来|这五年|“?十[一二三四五六七八九]五”?(?:时期|以来|期间))")]
    private static partial Regex FiveYearOpening();

    /// <summary>2024年是规划的关键之年 / 去年是实施“十一五”规划的第一年 / 去年， / 过去一年 / 一年来, perhaps after 各位代表，: a paragraph about last year, whatever plan it names (not 去年对外贸易总额…, one fact of it inside the five years).</summary>
    [GeneratedRegex(@"^(?:各位代表[，,！!：:]\s*)?(?:(?:19|20)[0-9]{2}年|去年(?:是|[，,])|过去(?:的)?一年|一年来|刚刚过去的(?:(?:19|20)[0-9]{2}年|一年))")]
    private static partial Regex LastYearOpening();

    /// <summary>
    /// 累计新增城镇就业N万人: a total over the years, whose 累计 the label has lost (a leading word it
    /// drops), is no result of last year.
    /// </summary>
    private static bool Cumulative(Paragraph paragraph, KeyFigure f)
    {
        var at = f.Span.Start - paragraph.Span.Start;
        var from = Math.Max(0, at - f.Label.Length - 6);
        return at > 0 && at <= paragraph.Text.Length && paragraph.Text.AsSpan(from, at - from).Contains("累计", StringComparison.Ordinal);
    }

    /// <summary>
    /// A label of the plan period or of several years: 年均增长 · 新增就业年均 · 累计 · 五年 / 5年 (not 连续五年, true of last year too) · 三年来 · 每年 ·
    /// “十四五”期间 — not 年均浓度 or 年均值, one year's average.
    /// </summary>
    [GeneratedRegex(@"年均(?![^，。；]{0,6}?(?:浓度|值))|累计|(?<![0-9.０-９]|连续)[五5]年|每年|[两三四六七八九十]年(?:来|间|里)|十[一二三四五六七八九]五")]
    private static partial Regex FiveYearLabel();

    /// <summary>An indicator's lead over a benchmark (增幅高于全国), not the indicator's own value.</summary>
    [GeneratedRegex(@"(?:高于|快于|低于|慢于|领先|超出)(?:全国|全省|全市|全区|平均|同期)")]
    private static partial Regex BenchmarkLabel();

    /// <summary>A share of an indicator (服务业增加值占生产总值比重 / 在生产总值中占比), not the indicator.</summary>
    [GeneratedRegex(@"占[^，。]{0,16}(?:比重|比例|份额)|占比|相当于")]
    private static partial Regex ShareLabel();

    /// <summary>A label that does not say what it measures (分别增长, 增长).</summary>
    [GeneratedRegex(@"^(?:分别|年均|同比)?(?:增长|下降|提高|上升|增加|减少)|分别")]
    private static partial Regex AmbiguousLabel();

    private static void ExtractFromSentence(Paragraph paragraph, Sentence sentence, string section, List<(KeyFigure, FigureCue)> found)
    {
        var text = sentence.Text;
        var clauses = Clauses(text);
        KeyFigure? previous = null;
        var previousCue = FigureCue.None;
        var previousIndex = -1;
        var qualifiedIndex = -1;
        var baseIndex = -1;
        string? topic = null;
        var newSubject = false;
        string[]? run = null;
        var sentenceFirst = found.Count;
        foreach (var (cStart, cEnd) in clauses)
        {
            var clause = text[cStart..cEnd];
            var matches = Quantity().Matches(clause);
            var clauseFirst = found.Count;
            if (matches.Count == 0)
            {
                // A clause without numbers that names a subject (棉花连续三年增产，) is what the
                // numbers after it measure, not the figure before it.
                topic = Topic(clause);
                newSubject = topic is not null;
                continue;
            }

            var afterSubject = newSubject;
            newSubject = false;
            if (previous is not null && !afterSubject && ChangeClause().IsMatch(clause))
            {
                var change = Regex.Replace(clause, @"[。；，！？]+$", string.Empty);
                previous = previous with { Change = change };
                found[previousIndex] = (previous, previousCue | FigureCue.Change);
                if (qualifiedIndex == previousIndex && baseIndex >= 0)
                {
                    // The comparison speaks for the indicator as a whole: its plain form has it too.
                    found[baseIndex] = (found[baseIndex].Item1, found[baseIndex].Item2 | FigureCue.Change);
                }

                // 生产总值达到5万亿元，比上年增长6%: the growth of a level is a figure too (of the level's
                // subject after 净增150亿元，比上年增长11%, not the increment's).
                if (!Lexicon.Units.IsRate(previous.Unit) && RateChange().Match(clause) is { Success: true } rate
                    && UnitOf(matches[0]) == "%" && TryValue(matches[0], out var rateValue))
                {
                    var at = sentence.Start + cStart + matches[0].Index;
                    var growth = new KeyFigure(TrailingChange().Replace(previous.Label, string.Empty) + rate.Groups["verb"].Value, rateValue, "%", matches[0].Value, null, section, paragraph.SpanOf(at, at + matches[0].Length));
                    found.Add((growth, FigureCue.Derived));
                }

                continue;
            }

            var cursor = 0;
            string? fromLabel = null;
            var fromStart = -1;
            var pairedTargets = 0;
            var skipPaired = false;
            var rangeEnd = -1;
            foreach (Match m in matches)
            {
                if (m.Index < rangeEnd)
                {
                    // The upper end of a range already shown with its lower end.
                    continue;
                }

                var pre = clause[cursor..m.Index];
                cursor = m.Index + m.Length;

                // 出台“十条”“20条”: a number inside a quoted name is part of the name, no figure.
                if (pre.Length > 0 && pre[^1] is '“' or '「' or '《' or '‘')
                {
                    continue;
                }

                // 经济总量超200亿元县2个: a quantity that describes the things a count counts is no figure of its
                // own; nor does a bound that names what the next figure measures (500万元以上固定资产投资2620亿元).
                if (!IsCount(UnitOf(m)) && (DescribesCounted().IsMatch(clause, cursor)
                    || (m.Groups["approx"].Value is "以上" or "以下" && BoundedMeasure().IsMatch(clause, cursor))))
                {
                    continue;
                }

                // 从A元和B元分别提高到C元和D元: B is a "from" too, and C and D both take the label.
                if (skipPaired)
                {
                    skipPaired = false;
                    continue;
                }

                // 浓度为30微克/立方米、同比下降2%: the change of the figure just before, in its own clause.
                if (previous is not null && previousIndex >= clauseFirst && InlineChange().IsMatch(pre))
                {
                    previous = previous with { Change = pre.TrimStart('、') + m.Value };
                    found[previousIndex] = (previous, previousCue | FigureCue.Change);
                    continue;
                }

                // 从26.7%提高到52.1%: the figure is where it went; where it came from is its change.
                if (FromBefore().Match(pre) is { Success: true } from && ToVerb().IsMatch(clause[cursor..]))
                {
                    fromLabel = Label(pre[..from.Index], string.Empty);
                    fromStart = cursor - m.Length - (pre.Length - from.Index);
                    continue;
                }

                if (FromBefore().Match(pre) is { Success: true } pairFrom && PairedFrom().IsMatch(clause[cursor..]))
                {
                    fromLabel = Label(pre[..pairFrom.Index], string.Empty);
                    pairedTargets = 2;
                    skipPaired = true;
                    continue;
                }

                var label = fromLabel is { Length: >= 2 } ? fromLabel : Label(pre, clause[cursor..]);

                // 建成一批示范项目、16个产业园区投入运营: a count that opens a new item of a 、 list
                // counts what follows its classifier, not what the item before it said; so does the
                // last of a list of counts, after 和 (建成3个产业园、5个孵化器和8个创新中心).
                var opensItem = (pre.TrimEnd().EndsWith('、') && pre.Trim().Length > 2)
                    || ((pre.TrimEnd().EndsWith('和') || pre.TrimEnd().EndsWith('及')) && previous is not null && previousIndex >= clauseFirst && IsCount(previous.Unit));
                var isCount = IsCount(UnitOf(m));
                if ((isCount || UnitOf(m).TrimStart('万', '亿') is "公里" or "千米") && Following(clause[cursor..]) is { Length: >= 2 } thing)
                {
                    if (isCount && (opensItem || label.EndsWith('等') || label.EndsWith('的')))
                    {
                        // So does a count after examples or a description (新建成甲、乙等8个机场 /
                        // 纳入规划的12个项目): what they are of is what is counted.
                        label = thing;
                    }
                    else if (VerbEnd().IsMatch(label) && !label.Contains(thing, StringComparison.Ordinal))
                    {
                        // 全年取消和下放120项审批事项: the verb's object, counted, completes the label.
                        label += thing;
                    }
                }

                string? fromTo = fromStart >= 0 ? clause[fromStart..cursor] : null;
                if (--pairedTargets <= 0)
                {
                    fromLabel = null;
                }

                fromStart = -1;
                var qualified = false;
                if (QualifiedOwnIndicator().Match(label) is { Success: true } own && IndicatorWord().IsMatch(own.Groups["indicator"].Value))
                {
                    // 剔除沙尘影响后空气优良天数比率95.1%: an indicator of its own, under a condition.
                    label = $"{own.Groups["indicator"].Value}（{own.Groups["condition"].Value}）";
                }
                else if (previous is not null && QualifierClause().IsMatch(clause) && ReferenceEquals(m, matches[0]) && IndicatorLexicon.Of(label) is not null && label.Length >= 6)
                {
                    // 其中农村居民人均可支配收入达到2万元: a headline indicator of its own, not a part of the one before.
                }
                else if (previous is not null && QualifierClause().IsMatch(clause) && ReferenceEquals(m, matches[0]))
                {
                    label = $"{previous.Label}（{label}）";
                    qualified = true;
                    baseIndex = previousIndex;
                }
                else if (previous is not null && ChangeVerbOnly().IsMatch(label))
                {
                    // 国内生产总值超过126万亿元，增长5.2% / 五年年均增长5.2%: the growth is the same subject's.
                    label = TrailingChange().Replace(previous.Label, string.Empty) + label;
                }
                else if (previous is not null && ReferenceEquals(previous, LastOf(found, clauseFirst)) && IsCount(previous.Unit) && OwnMeasure().IsMatch(label))
                {
                    // 规上企业达3000家、营收增长8%: the measure is of the entities just counted.
                    label = previous.Label + label;
                }
                else if (previous is not null && ReferenceEquals(previous, LastOf(found, clauseFirst)) && label.LastIndexOf('、') is var dun and > 0 && ChangeVerbOnly().IsMatch(label[(dun + 1)..]))
                {
                    // 生产总值达到5万亿元、稳居前列、增长4.8%: so is a growth after a remark in the same clause.
                    label = previous.Label + label[(dun + 1)..];
                }

                // 生产总值迈上3万亿元台阶，达到31234亿元 / 收入分别增长4.1%、6.2%: a number with nothing
                // of its own before it measures what the one before it in the sentence measures.
                // 棉花产量增加20万吨，稳步达到560万吨: so does one after an adverb alone.
                if (previous is not null && ((label.Length < 2 && OnlyJoiners().IsMatch(pre)) || AfterThreshold().IsMatch(pre) || AdverbOnly().IsMatch(TrailingCopula().Replace(pre.Trim().TrimStart('、', '，'), string.Empty))))
                {
                    // 生产总值增长5%、达到3万亿元 / 增加20万吨，达到560万吨: the level reached after a change
                    // measures the indicator, not its change.
                    var levelAfterChange = (!Lexicon.Units.IsRate(UnitOf(m)) && (Lexicon.Units.IsRate(previous.Unit) || ReachVerb().IsMatch(pre)))
                        || (previous.Unit is "个百分点" or "百分点" && UnitOf(m) == "%" && ReachVerb().IsMatch(pre.TrimEnd('了')));
                    label = levelAfterChange ? TrailingChange().Replace(previous.Label, string.Empty) : previous.Label;
                }

                if (previous is not null && StageOnly().IsMatch(label) && previous.Unit == UnitOf(m) && StagedObject().Match(previous.Label) is { Success: true } staged)
                {
                    // 新开工安居工程740万套，基本建成511万套: a later stage of the same works.
                    label += staged.Groups["object"].Value;
                }
                else if (previous is not null && TotalOnly().IsMatch(label))
                {
                    // 生产总值增长6%，总量突破9万亿元: the total is the indicator's just named.
                    label = TrailingChange().Replace(previous.Label, string.Empty);
                }
                else if (previous is not null && label.StartsWith('占') && label.Length > 2 && !previous.Label.EndsWith('的') && !previous.Label.Contains('到', StringComparison.Ordinal))
                {
                    // 研发经费支出460亿元、占生产总值比重2.9%: the share is that figure's.
                    label = TrailingChange().Replace(previous.Label, string.Empty) + label;
                }

                // 棉花产量再创新高，全年达到560万吨: the sentence's subject is what the number measures.
                if (topic is not null && (previous is null || afterSubject) && ReferenceEquals(m, matches[0]))
                {
                    if (label.Length < 2 || (afterSubject && ChangeOnly().IsMatch(label)))
                    {
                        // 排放总量首次出现双下降，比上年分别下降3.1%和4.7%: the subject's change.
                        label = topic + (label.Length < 2 ? string.Empty : ChangeOnly().Match(label).Groups["verb"].Value);
                    }
                    else if (BareMeasure().Match(label) is { Success: true } bare)
                    {
                        // 棉花连续三年增产，2007年产量达到…: the measure of the subject named before.
                        label = topic + bare.Groups["measure"].Value;
                    }
                }

                if (label.Length < 2)
                {
                    continue;
                }

                if (!TryValue(m, out var value))
                {
                    continue;
                }

                var unit = UnitOf(m);
                var start = sentence.Start + cStart + m.Index;
                // 增长6%—6.5%: a range is shown whole; its value is the lower end, as the report writes first.
                var shown = m.Value;
                if (RangeDash().Match(clause, cursor) is { Success: true } dash && Quantity().Match(clause, dash.Index + dash.Length) is { Success: true } upper
                    && upper.Index == dash.Index + dash.Length && UnitOf(upper) == unit)
                {
                    shown = clause[m.Index..(upper.Index + upper.Length)];
                    rangeEnd = upper.Index + upper.Length;
                    cursor = rangeEnd;
                }

                // 突破20万亿元 / 超过1000万人 / 近3万家: the bound before the number is the figure's, as its text shows it.
                var bound = BoundBefore().Match(pre.TrimEnd());
                var boundWord = bound.Success ? bound.Value : null;
                if (boundWord is not null)
                {
                    shown = boundWord + shown;
                    start -= boundWord.Length + (pre.Length - pre.TrimEnd().Length);
                }

                var after = m.Groups["approx"] is { Success: true, Length: > 0 } approx && approx.Value is not ("多" or "余") ? approx.Value : null;
                var figure = new KeyFigure(CleanLabel(label), value, unit, shown, fromTo, section, paragraph.SpanOf(start, start + shown.Length)) { Qualifier = boundWord ?? after };

                // 迈上6万亿元台阶 / 突破千亿大关: a round threshold passed, not the value reached.
                // 突破1000亿元、达到1020亿元: so is a round number passed on the way to the value reached.
                // (The value reached may stand in the next clause: 首次突破2000亿元，达到2120亿元.)
                var threshold = Threshold().IsMatch(clause[cursor..]) || (PassedBefore().IsMatch(pre) && ReachedAfter().IsMatch(text, cStart + cursor));
                var cue = (threshold ? FigureCue.Threshold : FigureCue.None) | (qualified ? FigureCue.Variant : FigureCue.None);
                found.Add((figure, cue));
                previous = figure;
                previousCue = cue;
                previousIndex = found.Count - 1;
                qualifiedIndex = qualified ? previousIndex : -1;
            }

            RespectiveLists.Distribute(found, clauseFirst, sentenceFirst, ref run);
            if (previousIndex >= clauseFirst)
            {
                (previous, previousCue) = found[previousIndex];
            }
        }
    }

    /// <summary>The noun phrase a number measures: what precedes it in its clause, else what follows the unit.</summary>
    internal static string Label(string before, string after)
    {
        // 生产总值迈上2万亿台阶、三年增量超0.5万亿元: an item of a 、 list after a number is its own label.
        var item = before.LastIndexOf('、');
        if (item > 0 && NumberNotYear().IsMatch(before[..item]) && before[(item + 1)..].Trim() is { Length: >= 2 } own && !ChangeVerbOnly().IsMatch(own))
        {
            before = own;
        }

        // 外贸出口在运价上涨的情况下增长8%: the circumstance is not part of what is measured;
        // nor is a round threshold passed on the way (总量突破千亿元、达到1350亿元).
        before = PassedThreshold().Replace(Circumstance().Replace(before, string.Empty), string.Empty);
        // 全省实现地区生产总值 / 完成增加值: the verb of achieving is not part of the indicator.
        before = AchievedIndicator().Replace(before.Trim(), "${scope}");
        var bare = before.Trim().TrimStart('、', '，', '；', '：', '和', '及', '与', '并');
        var stripped = TrailingCopula().Replace(bare, string.Empty);
        if (stripped.EndsWith('年') && !stripped.EndsWith("每年", StringComparison.Ordinal) && bare.AsSpan(stripped.Length) is var tail && (tail.StartsWith("均") || tail.StartsWith("平均")))
        {
            // 新增就业年均20万人 / 以年均11.2%的速度: 年均 is a time frame of the plan period, not a copula's 均.
            stripped = bare[..(stripped.Length + (tail[0] == '均' ? 1 : 2))];
        }

        // 固定资产投资完成737亿元 / 外贸出口预计完成: after a measure, 完成 is its copula; after a subject
        // alone (全市完成200条背街小巷整治) it is the verb whose object the number counts.
        stripped = MeasureCompleted().Replace(stripped, "${measure}");
        var label = LeadingFiller().Replace(stripped, string.Empty);
        if (label.Length >= 2 && !VerbOnly().IsMatch(label))
        {
            return label;
        }

        return Following(after);
    }

    /// <summary>The noun phrase after a number's unit, up to the clause's end or the next number: 16个|产业园区投入运营.</summary>
    internal static string Following(string after)
    {
        var follow = after;
        var stop = follow.IndexOfAny(['，', '；', '。', '：', '、']);
        if (stop >= 0)
        {
            follow = follow[..stop];
        }

        var nextNumber = Quantity().Match(follow);
        if (nextNumber.Success)
        {
            follow = follow[..nextNumber.Index];
        }

        // 30家以上骨干企业: the bound belongs to the number, not to what it counts; a mark passed
        // (突破1000亿元大关) names nothing.
        follow = BoundAfterNumber().Replace(follow.Trim(), string.Empty).TrimEnd('和', '及', '与');
        if (follow is "大关" or "台阶" or "关口")
        {
            return string.Empty;
        }

        return follow.Length > 24 ? follow[..24] : follow;
    }

    /// <summary>Clauses of a sentence, split at ， ； ： and stops outside brackets.</summary>
    private static List<(int Start, int End)> Clauses(string s)
    {
        var result = new List<(int, int)>();
        var start = 0;
        foreach (var i in ClauseBreaks.Of(s, "，；：。！？"))
        {
            result.Add((start, i + 1));
            start = i + 1;
        }

        if (start < s.Length)
        {
            result.Add((start, s.Length));
        }

        return result;
    }

    /// <summary>The headings above a node, e.g. 一、某项工作取得积极进展 / （五）坚持改革创新.</summary>
    internal static string SectionPath(OutlineNode node)
    {
        var parts = new List<string>();
        for (var n = node; n is not null; n = n.Parent)
        {
            if (n.Marker is { Style: not NumberingStyle.Dash } m && n.Sentences.Count > 0)
            {
                var title = SentenceSplitter.TrimStop(n.Sentences[0].Text);
                var cut = ItemBuilder.FirstClauseEnd(title);
                parts.Add(m.Text.Trim() + (cut > 0 && title.Length > 24 ? title[..cut] : title));
            }
        }

        parts.Reverse();
        return string.Join(" / ", parts);
    }
}
