using System.Collections.Frozen;

namespace NewsReader.Suggestions;

internal static partial class Lexicon
{
    /// <summary>Lower-case nouns for a person's post or relation; before a name they say who the person is ("spokesman John Smith").</summary>
    public static readonly FrozenSet<string> RoleNouns = Words("""
        minister chancellor secretary leader archbishop bishop cardinal pope priest vicar rabbi imam chairman chairwoman chair chief president vice-president premier
        correspondent editor reporter journalist columnist presenter broadcaster author writer novelist poet
        director executive boss manager coach captain skipper striker midfielder defender goalkeeper keeper
        player champion athlete sprinter runner boxer golfer cyclist swimmer jockey trainer referee umpire
        singer musician guitarist drummer rapper actor actress star comedian producer composer artist designer
        photographer architect founder co-founder owner investor entrepreneur tycoon businessman businesswoman
        banker economist analyst strategist adviser advisor aide spokesman spokeswoman spokesperson lawyer
        solicitor barrister judge magistrate prosecutor detective inspector officer constable superintendent
        commissioner commander general colonel soldier governor mayor senator ambassador envoy diplomat
        candidate mp meps mep peer lord baroness professor lecturer researcher scientist doctor surgeon nurse
        teacher headteacher pupil student campaigner activist organiser organizer protester expert
        consultant official deputy colleague colleagues opponent challenger winner finalist victim survivor
        witness widow widower wife husband son daughter mother father brother sister uncle aunt nephew niece
        cousin grandson granddaughter grandmother grandfather partner girlfriend boyfriend fiancee fiance
        friend robber murderer killer prisoner inmate suspect defendant chef dj host economist co-chairman
        co-chair deputy-leader shadow-chancellor whip speaker clerk archivist curator historian boss maker
        film-maker filmmaker film-makers driver rider batsman bowler wicketkeeper fly-half scrum-half winger hooker flanker
        conductor pianist violinist cellist playwright screenwriter songwriter lyricist cinematographer pilot engineer
        """);

    /// <summary>Nouns for sources the copy does not name ("a spokesman", "one analyst", "critics").</summary>
    public static readonly FrozenSet<string> UnnamedSourceNouns = Words("""
        spokesman spokeswoman spokesperson spokesmen spokeswomen official officials source sources analyst
        analysts critic critics expert experts observer observers insider insiders aide aides adviser advisers
        advisor advisors diplomat diplomats campaigner campaigners witness witnesses resident residents fan fans
        protester protesters protestor protestors supporter supporters opponent opponents commentator
        commentators economist economists lawyer lawyers friend friends colleague colleagues neighbour
        neighbours relative relatives worker workers employee employees executive executives investor
        investors trader traders dealer dealers banker bankers doctor doctors scientist scientists researcher
        researchers teacher teachers parent parents voter voters member members man woman person people
        someone user users customer customers consumer consumers activist activists delegate delegates
        representative representatives figure figures veteran
        veterans victim victims family families protestants catholics sceptics opposition rebels rebel
        """);

    /// <summary>Lower-case nouns for bodies that speak as one ("the committee said", "the government warned").</summary>
    public static readonly FrozenSet<string> OrganisationNouns = Words("""
        government committee department ministry party council commission company firm group union police army
        court report study survey research watchdog regulator agency board authority panel inquiry executive
        administration campaign organisers organizers organisation organization bank club team charity
        association lobby institute opposition coalition cabinet parliament prosecutors prosecution defence
        manufacturer maker retailer operator carrier airline network broadcaster newspaper paper magazine
        website site station channel service industry sector office embassy consulate council tribunal
        jury review paper commons lords house senate congress assembly executive statement website ministers
        leaders mps meps authorities papers newspapers
        """);

    public static readonly FrozenSet<string> MalePronouns = Words("he him");

    public static readonly FrozenSet<string> FemalePronouns = Words("she her");

    public static readonly FrozenSet<string> PluralPronouns = Words("they them");

    /// <summary>Words between a subject and its verb that do not change who speaks ("has also said", "later told").</summary>
    public static readonly FrozenSet<string> VerbPrefixes = Words("""
        has have had was were is are will would could should may might must can shall did does do also then
        later earlier previously again once further recently repeatedly yesterday today already still now
        not never always often just only even first initially subsequently separately privately publicly
        reportedly apparently allegedly personally himself herself themselves quickly simply meanwhile however
        though too instead also likewise similarly nonetheless nevertheless instead promptly swiftly
        """);

    /// <summary>Words that start a noun phrase ("a spokesman", "the committee", "one analyst", "some critics").</summary>
    public static readonly FrozenSet<string> Determiners = Words("""
        a an the one some several many two three four five few other another its his her their our this that
        these those any each every
        """);
}
