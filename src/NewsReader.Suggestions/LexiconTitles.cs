using System.Collections.Frozen;

namespace NewsReader.Suggestions;

internal static partial class Lexicon
{
    /// <summary>Words written before a name that are part of how the person is named.</summary>
    public static readonly FrozenSet<string> Honorifics = CasedWords("""
        Mr Mrs Ms Miss Mx Dr Sir Dame Lord Lady Baroness Baron Prof Professor Rev Reverend Revd Cllr
        Councillor Sheikh Rabbi King Queen Prince Princess Pope Earl Duke Duchess Viscount Countess
        Mr. Mrs. Ms. Dr. Prof. Rev.
        """);

    /// <summary>Honorifics that stay in the person's name ("Lord Woolf", "Baroness Amos") when no given name is known.</summary>
    public static readonly FrozenSet<string> NameHonorifics = CasedWords("""
        Sir Dame Lord Lady Baroness Baron King Queen Prince Princess Pope Earl Duke Duchess Viscount Countess Sheikh Rabbi
        """);

    public static readonly FrozenSet<string> MaleHonorifics = CasedWords("Mr Mr. Sir Lord Baron King Prince Earl Duke Viscount Sheikh");

    public static readonly FrozenSet<string> FemaleHonorifics = CasedWords("Mrs Mrs. Ms Ms. Miss Dame Lady Baroness Queen Princess Duchess Countess");

    /// <summary>Capitalised posts and their qualifiers written before a name: they say who the person is but are not the name.</summary>
    public static readonly FrozenSet<string> TitleWords = CasedWords("""
        President Vice Prime Minister Ministers Chancellor Secretary Secretary-General Chairman Chairwoman Chair Chief
        Judge Justice Senator Sen Governor Gov Mayor Archbishop Bishop Cardinal Father Sister Brother General Gen
        Colonel Col Captain Capt Commander Admiral Major Lieutenant Lt Sergeant Sgt Corporal Inspector Insp
        Detective Det Constable PC Superintendent Supt Commissioner Ambassador Envoy Speaker Deputy Shadow Foreign
        Home Defence Defense Health Education Culture Media Sport Sports Trade Industry Transport Environment
        Treasury Attorney Solicitor Advocate State Leader Director Director-General Editor Coach Manager Boss
        Skipper Officer Agent Saint St Emperor Sultan Ayatollah Premier Chairperson Candidate Former Ex Acting
        Interim Junior Senior Executive President-elect Spokesman Spokeswoman Spokesperson Correspondent
        Presenter Chef Dean Provost Rector Principal Headteacher Head Vicar Canon Pastor Elder Comrade
        Secretary-of-State Commissioner-designate Economist Analyst Professor-elect Goalkeeper Striker
        Midfielder Defender Captain-elect Champion Coach Referee Umpire Veteran Striker Winger Star Singer
        Actor Actress Director Producer Author Writer Artist Designer Founder Owner Mr-elect Councillor
        Economics Finance Justice Welfare Work Pensions Employment Housing Communities Local Northern Scottish
        Welsh Irish International Development Overseas Affairs Europe European Constitutional Legal Business
        Energy Science Technology Innovation Skills Universities Schools Children Families Women Equality
        Equalities Agriculture Food Fisheries Rural Heritage Tourism Digital Security Intelligence Police
        Immigration Policing Prisons Courts Victims Armed Forces Veterans Procurement Cabinet Paymaster
        Lord-Lieutenant Pm Dpm MEPs MPs Peer Peers Junior Minister-designate DJ Princes Consort Regent
        Treasurer Under-Secretary Beatle Hurricane Storm Typhoon Cyclone Tropical Midfielder
        """);

    /// <summary>Title words that mark a single following word as a person ("Chancellor Schroeder"); "General Election" is not one.</summary>
    public static readonly FrozenSet<string> PersonTitles = CasedWords("""
        President Chancellor Minister Secretary Judge Senator Governor Mayor Ambassador Commissioner Inspector
        Detective Captain Coach Premier Archbishop Bishop Cardinal Colonel Sergeant Constable Superintendent
        Chairman Chairwoman Spokesman Spokeswoman Correspondent Ayatollah Sultan Emperor Envoy DJ Leader Deputy
        Commander General Admiral Lieutenant Professor Director Editor Manager Coach Boss Skipper Officer
        """);

    /// <summary>Offices named "X of Y" ("Duke of Edinburgh", "Archbishop of Canterbury", "Mayor of London").</summary>
    public static readonly FrozenSet<string> OfficeTitles = CasedWords("""
        Duke Duchess Earl Countess Marquess Viscount Archbishop Bishop Dean Prince Princess Mayor Secretary
        President Governor Chancellor Provost Lord-Lieutenant Master
        """);

    /// <summary>Posts written as capitals after a place or party with no name ("the Salford MP", "a Labour MEP").</summary>
    public static readonly FrozenSet<string> PostWords = CasedWords("MP MEP MSP AM MLA TD QC");

    /// <summary>Letters written after a name that are not part of it ("Guy Mansfield QC").</summary>
    public static readonly FrozenSet<string> PostNominals = CasedWords("""
        QC KC MP MEP MSP AM MLA TD OBE MBE CBE KBE DBE CH PC Jr Jnr Snr Sr PhD FRS
        """);

    /// <summary>Small words inside names ("Ludwig van Beethoven", "Robert de Niro"); "of" is only allowed in peerages.</summary>
    public static readonly FrozenSet<string> NameConnectors = CasedWords("de da di du van von der den le la bin ibn al el dos das del della ter");
}
