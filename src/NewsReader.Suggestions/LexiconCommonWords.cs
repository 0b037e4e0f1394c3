using System.Collections.Frozen;

namespace NewsReader.Suggestions;

internal static partial class Lexicon
{
    /// <summary>
    /// Capitalised words that are not names: function words at a sentence start, days, months,
    /// holidays, and everyday words of news copy that are capitalised in it.
    /// </summary>
    public static readonly FrozenSet<string> CommonWords = CasedWords("""
        The A An And But Or Nor So Yet For If As At By In On Of To From With Without Into Onto Upon About Above
        Across After Against Along Among Around Before Behind Below Beneath Beside Besides Between Beyond During
        Except Inside Near Off Outside Over Past Since Through Throughout Till Toward Towards Under Underneath
        Until Unlike Up Via Within Although Though Because While Whilst Whereas When Whenever Where Wherever
        Whether Which Who Whom Whose What Whatever Why How However Meanwhile Moreover Furthermore Nevertheless
        Nonetheless Therefore Thus Hence Instead Otherwise Also Even Just Only Still Already Again Once Twice Now
        Then Today Tonight Tomorrow Yesterday Later Earlier Soon Recently Currently Previously Finally Eventually
        Initially Originally Ultimately Indeed Perhaps Maybe Certainly Clearly Obviously Unfortunately Fortunately
        Interestingly Importantly Overall Altogether Here There This That These Those It Its He Him His She Her
        Hers They Them Their Theirs We Us Our Ours I Me My Mine You Your Yours One Ones Some Any Many Much More
        Most Few Fewer Less Least All Both Each Every Either Neither No None Not Nothing Everything Something
        Anything Everyone Someone Anyone Nobody Everybody Somebody Anybody Other Others Another Such Same Own Yes
        Two Three Four Five Six Seven Eight Nine Ten Eleven Twelve Twenty Thirty Forty Fifty Hundred Thousand
        Million Billion First Second Third Fourth Fifth Last Next Final Half Several Various Certain Let Please
        Is Are Was Were Be Been Being Has Have Had Do Does Did Will Would Shall Should Can Could May Might Must
        Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April June July August
        September October November December Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Christmas Easter
        Eve Boxing Hogmanay Halloween Ramadan Eid Diwali Hanukkah Passover Lent Advent Whitsun New Year Day
        Spring Summer Autumn Winter Mr Mrs Ms Dr Sir God Lord Internet Web Online Net Email E-mail Chapter Part
        Page Section Figure Table Image Picture Photo Video Media Copyright Caption Click Read See Watch Listen
        Advertisement Related Links Top Stories Breaking Analysis Comment Opinion Profile Timeline Q&A Factfile Key
        Background Asked Speaking Writing Despite Following According Including Regarding Considering Given
        Unlike Like Dear Thanks Well Oh OK Okay Hello Sorry Please Wow Why Plus Minus Per Versus Vs No. St
        Exchequer
        """);

    /// <summary>Adjectives of nations, peoples and faiths: capitalised, never a person's name.</summary>
    public static readonly FrozenSet<string> Nationalities = Words("""
        British English Scottish Scots Welsh Irish Northern European American Canadian Mexican Brazilian
        Argentine Argentinian Chilean Colombian Peruvian Venezuelan Cuban Jamaican French German Italian Spanish
        Portuguese Dutch Belgian Swiss Austrian Danish Swedish Norwegian Finnish Icelandic Polish Czech Slovak
        Hungarian Romanian Bulgarian Greek Turkish Cypriot Russian Ukrainian Belarusian Georgian Armenian
        Serbian Croatian Bosnian Albanian Kosovan Macedonian Slovenian Estonian Latvian Lithuanian Chinese
        Japanese Korean Taiwanese Vietnamese Thai Indonesian Malaysian Filipino Indian Pakistani Bangladeshi
        Afghan Iranian Iraqi Syrian Lebanese Israeli Palestinian Jordanian Saudi Egyptian Libyan Tunisian
        Algerian Moroccan Sudanese Ethiopian Somali Kenyan Ugandan Tanzanian Nigerian Ghanaian Zimbabwean
        Zambian African Asian Arab Arabic Australian Kiwi Zealander Latin Western Eastern Southern Asian
        Caribbean Nordic Scandinavian Baltic Balkan Kurdish Chechen Tamil Sikh Hindu Muslim Moslem Islamic
        Islamist Jewish Jew Jews Christian Christians Catholic Catholics Protestant Protestants Anglican
        Methodist Baptist Buddhist Orthodox Evangelical Shia Shiite Sunni Republican Democratic Liberal
        Conservative Labour Tory Unionist Nationalist Socialist Communist Marxist Green Independent
        Britons Americans Europeans Scots Asians Africans Muslims Arabs Israelis Palestinians Iraqis Afghans
        Russians Germans French Chinese Japanese Australians Canadians Irish Welsh English Londoners Westerners
        Brit Brits Yank Yanks Anglo Euro Pan Trans Inter Franco Sino Spaniard Spaniards Swede Swedes Welshman
        Welshmen Welshwoman Frenchman Frenchmen Frenchwoman Scotsman Scotsmen Scotswoman Irishman Irishmen
        Irishwoman Englishman Englishmen Englishwoman Dane Danes Finn Finns Pole Poles Briton Dutchman Aussie
        Aussies Kiwis Argentines Texan Californian Yorkshireman Cornishman Geordie Scouser Cockney
        Nazi Nazis Soviet Soviets Maori Aborigine Aboriginal Kenyans Ethiopians Moroccans Nigerians Brazilians
        Argentinians Mexicans Italians Spaniards Greeks Turks Kurds Serbs Croats Czechs Poles Ukrainians Iranians
        Pakistanis Indians Lankan Lankans Scot Koreans Zimbabweans Canadians Americans Europeans Texans Latinos Hispanic
        """);

    /// <summary>
    /// Verbs that open a sentence as a command or a slogan ("Vote Blair, get Brown", "Ask Mr Howard"): the
    /// capital is the sentence's, and the verb is not part of the name after it. None is a given name.
    /// </summary>
    public static readonly FrozenSet<string> ImperativeOpeners = CasedWords("""
        Vote Elect Re-elect Ask Tell Get Go Make Take Give Keep Stop Call Thank Blame Trust Back Sack Ditch
        Remember Forget Meet Follow Join Watch Beat Save Send Bring Leave Help Put Choose Imagine Consider Listen
        Look Hear See Believe Forgive Welcome Praise Oust Impeach Dump Free Support Fire Kick Boot Axe Ban Blast
        Hail Salute Cheer Congratulate
        """);

    /// <summary>Speech verbs that open an inverted attribution ("Said Ellis: ..."): the name after them is the speaker.</summary>
    public static readonly FrozenSet<string> InvertedOpeners = CasedWords("Said Says Added Adds Wrote Writes");

    /// <summary>Words that open a clause that only sets the scene or leads away ("when", "after", "because", "although").</summary>
    public static readonly FrozenSet<string> Subordinators = CasedWords("when after before while whereas since because if although though until unless");
}
