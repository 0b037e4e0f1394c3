using System.Collections.Frozen;

namespace NewsReader.Suggestions;

internal static partial class Lexicon
{
    /// <summary>Verbs that report speech or writing, in every form news copy uses.</summary>
    public static readonly FrozenSet<string> SpeechVerbs = Words("""
        say says said saying tell tells told telling add adds added adding warn warns warned warning urge urges
        urged urging tweet tweets tweeted tweeting argue argues argued arguing insist insists insisted insisting
        claims claimed claiming explain explains explained explaining stated stating admit admits admitted
        admitting announce announces announced announcing ask asks asked asking reply replies replied replying
        suggest suggests suggested suggesting noted noting write writes wrote written writing describe describes
        described describing calls called calling accuse accuses accused accusing deny denies denied denying
        declare declares declared declaring commented commenting remarked remarking respond responds responded
        responding answered answering acknowledge acknowledges acknowledged acknowledging agree agrees agreed
        agreeing confirm confirms confirmed confirming reveal reveals revealed revealing predict predicts
        predicted predicting forecast promised promising pledged pledging vow vows vowed vowing stressed stressing
        emphasise emphasises emphasised emphasising emphasize emphasizes emphasized emphasizing maintain
        maintains maintained maintaining complain complains complained complaining concede concedes conceded
        conceding recall recalls recalled recalling reported reporting branded branding dismiss dismisses
        dismissed dismissing condemn condemns condemned condemning criticise criticises criticised criticising
        criticize criticizes criticized criticizing praise praises praised praising hail hails hailed hailing
        attacked blame blames blamed blaming defend defends defended defending protested protesting demanded
        demanding propose proposes proposed proposing recommend recommends recommended recommending indicate
        indicates indicated indicating repeat repeats repeated repeating reiterate reiterates reiterated
        reiterating assert asserts asserted asserting contend contends contended contending observe observes
        observed observing joked joking quipped quipping concluded conclude concludes concluding pointed
        continues continued continuing mentioned mentioning allege alleges alleged alleging boast boasts boasted
        boasting cautioned cautioning advise advises advised advising labelled labeled dubbed termed posted
        posting blogged spoke speaking shouted shouting cried crying whisper whispers whispered testify
        testifies testified testifying recount recounts recounted recounting lament laments lamented lamenting
        welcomed welcoming signalled signalling threaten threatens threatened threatening questioned queried ruled remark remarks notes
        express expresses expressed expressing voiced voicing labels labelling
        comment comments quips jokes stresses mentions cautions pledges promises demands points
        implore implores implored imploring interject interjects interjected interjecting retort retorts retorted
        retorting exclaim exclaims exclaimed exclaiming scoffed scoffing mused musing chanted chanting yelled yelling
        sing sings sang singing scold scolds scolded scolding liken likens likened likening blasted blasting
        """);

    /// <summary>Nouns that name what someone said ("amid claims that", "his remarks"): cues that a quotation reproduces words.</summary>
    public static readonly FrozenSet<string> SpeechNouns = Words("""
        claim claims comment comments remark remarks statement statements words word warning warnings call
        calls pledge pledges promise promises allegation allegations suggestion suggestions description
        quote quotes interview interviews speech speeches message messages letter letters tweet tweets
        announcement announcements criticism criticisms accusation accusations response reply replies verdict
        view views testimony evidence assurance assurances insistence admission argument arguments complaint
        complaints plea pleas appeal appeals demand demands proposal proposals rhetoric slogan slogans phrase
        motto manifesto memo note notes report reports briefing briefings told describing dubbed branded
        labelled termed called calling
        """);

    /// <summary>Nouns after which a quotation is a name, a nickname or a term, not anyone's words.</summary>
    public static readonly FrozenSet<string> NamingCues = Words("""
        so-called nicknamed known entitled titled headlined codenamed code-named headline headlines title
        """);
}
