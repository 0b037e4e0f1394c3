using System.Collections.Frozen;

namespace NewsReader.Suggestions;

internal static partial class Lexicon
{
    /// <summary>
    /// Capitalised words that end the name of a body, a building, an event or a document
    /// ("Equal Opportunities Commission", "Downing Street", "Criminal Justice Act"): a run of
    /// capitalised words that ends in one of them names no person.
    /// </summary>
    public static readonly FrozenSet<string> OrganisationHeads = Words("""
        Party Parties Council Councils Committee Committees Commission Office Department Ministry Court Courts
        Trust Board Authority Authorities Agency Association Union Unions Bank Banks Group Corporation Corp Inc
        Ltd Plc Company Companies Co University Universities College School Schools Academy Institute
        Institution Foundation Centre Center Society Club Federation Confederation League Alliance Coalition
        Front Movement Assembly Parliament Parliaments Congress Senate Cabinet Government Executive
        Administration Service Services Fund Organisation Organization Forum Network Times Post News Radio
        Television TV Channel Chronicle Standard Guardian Telegraph Mail Express Herald Journal Magazine Review
        Observer Independent Mirror Gazette Tribune Press Record Records Studios Pictures Films Entertainment
        Airways Airlines Motors Holdings Industries Systems Technologies Software Electronics Communications
        Telecom Telecoms Petroleum Insurance Partners Securities Investments Exchange Markets Police
        Constabulary Army Navy Force Forces Guard Brigade Regiment Unit Commons Lords Directorate Inquiry Report
        Act Acts Bill Directive Convention Treaty Agreement Accord Charter Plan Programme Program Scheme
        Initiative Project Strategy Day Week War Games Cup Trophy Championship Championships Olympics Olympic
        Awards Award Prize Prizes Festival Show Plot Conference Summit Street Road Avenue Lane Way House Hall
        Palace Prison Tower Square Bridge Park Castle Island Islands River Lake Mountain Mountains Valley
        Airport Station Hospital Church Cathedral Abbey Chapel Mosque Temple Stadium Arena Theatre Theater
        Museum Gallery Library Zoo Hotel Chamber Chambers Team Band Orchestra Choir United Rovers Wanderers
        Athletic Albion FC Tendency Division Panel Tribunal Secretariat Bureau Watch Fire Rescue Ambulance
        Mission Campaign Appeal Charity Guild Lab Labs Laboratory Laboratories Research Studio Publishing
        Publishers Books Music Limited Incorporated Brands Foods Stores Shops Supermarkets Airline Railways
        Railway Rail Trains Buses Transport Energy Power Water Gas Oil Mining Metals Steel Pharmaceuticals
        Pharma Health Healthcare Medical Clinic Capital Finance Financial Credit Loans Mortgage Mortgages
        Building Reserve Treasury Revenue Customs Excise Inland Election Elections By-election Referendum Paper
        Papers Code Manifesto Budget Declaration Constitution Brothers Networks Opera Registry Statistics Insight
        Estates Publications Interactive Ventures Disc Series Dam Utd Rugby Football Cricket Republics Writers
        Talent Essentials Direct Associates Consulting Consultants Analytics Advisors Management Solutions Digital
        Online Mobile Wireless Recordings Productions Enterprises International Global Worldwide Automotive
        Resources Minerals Chemicals Biotech Beverages Brewers Breweries Hotels Resorts Casinos Retail Concern
        Sisters Patrol Arts Ospreys Dragons Blues Warriors Scarlets Falcons Messenger PCs Advance Organiser
        Corporation Agencies Councils Institutes Trusts Funds Alliance Partnership Consortium Syndicate Ballet
        Philharmonic Symphony Ensemble Quartet Company Expo Fair Exhibition Convention Electric Electrical Motor
        Dynamics Aerospace Semiconductor Semiconductors Microsystems Instruments Pharmaceutical Biosciences
        City Town County Hotspur Argyle Harriers Academicals Open Masters Classic Grand Prix Marathon
        """);

    /// <summary>Trades that name a firm only before a one-word name ("analyst Gartner"); "analyst Jo Smith" is a person.</summary>
    public static readonly FrozenSet<string> SingleFirmTrades = Words("analyst researcher consultant broker");

    /// <summary>
    /// Bodies known by one word: parties, institutions, companies, clubs. Words that are also
    /// common surnames (Ford, Williams) are left out: a person's surname must not be read as a firm.
    /// </summary>
    public static readonly FrozenSet<string> OrganisationNames = Words("""
        Whitehall Westminster Downing Kremlin Pentagon Capitol Interpol Europol Nato Opec Unesco Unicef Ofcom Ofsted
        Oftel Ofgem Ofwat Nasa Fifa Uefa Labour Tory Tories Conservative Conservatives Liberal Liberals Democrat
        Democrats Dem Dems Republican Republicans Democratic Unionist Unionists Nationalist Nationalists Plaid
        Cymru Sinn Fein Greens Ukip Socialist Socialists Communist Communists Baathist Taleban Taliban Hamas
        Hezbollah Fatah Qaeda Eta Ira Microsoft Google Apple Sony Nokia Intel Yahoo Amazon eBay Boeing Airbus
        Reuters Yukos Gazprom Rosneft Toyota Honda Nissan Vodafone Tesco Sainsbury Asda Morrisons Barclays
        Lloyds HSBC Halifax Abbey Nationwide Walmart Wal-Mart Paramount Pixar Nintendo Sega Samsung Motorola
        Siemens Philips Ericsson Alcatel Cisco Oracle Dell Compaq Xerox Kodak Canon Fujitsu Hitachi Panasonic
        Toshiba Lenovo Napster iTunes iPod Xbox PlayStation Linux Firefox Mozilla Netscape Skype Kazaa Wikipedia
        Facebook Twitter YouTube BT BP Esso Exxon ExxonMobil Chevron Texaco Enron WorldCom Parmalat Deutsche
        Volkswagen VW BMW Mercedes Daimler DaimlerChrysler Chrysler Fiat Renault Peugeot Citroen MG Vauxhall
        Opel Porsche Ferrari McLaren Arsenal Chelsea Liverpool Everton Tottenham Spurs Newcastle Celtic Rangers
        Leeds Villa Barcelona Madrid Juventus Bayern Ajax Benfica Lazio Roma Valencia Wallabies Springboks Pumas
        Saracens Wasps Leicester Gloucester Harlequins Munster Leinster Ulster Northampton Quins Coca-Cola Pepsi
        McDonald's Starbucks Nike Adidas Reebok Umbro AOL EMI BMG Vivendi Bertelsmann Pearson ITV Channel4 BSkyB
        Freeview Bafta Baftas Oscar Oscars Grammy Grammys Emmy Emmys Globes Sundance Cannes Berlinale Eurovision
        Glastonbury Wimbledon EU UN Universal Viacom Veritas Vivendi Unilever Nestle
        Gartner Forrester Datamonitor Analysys Ovum Deloitte Accenture PricewaterhouseCoopers Merrill Goldman Lehman
        Citigroup Citibank JPMorgan Nomura Ladbrokes Sophos Symantec McAfee Kaspersky Netcraft MessageLabs Verisign
        Omnicom Diageo Endemol Energis Telewest Orange Virgin Dixons Argos Woolworths Debenhams Safeway Kingfisher
        Cadbury Danone Heineken Carlsberg Ryanair Easyjet EasyJet Lufthansa Qantas Alitalia Aeroflot Embraer
        Bombardier Rolls-Royce Alstom Miramax DreamWorks Dreamworks Lionsgate Hewlett-Packard Nvidia Atari
        Activision Ubisoft Konami Capcom Namco Eidos Codemasters Symbian RealNetworks Macromedia Adobe Novell
        Grokster StreamCast BitTorrent eDonkey Lycos AltaVista Friendster Flickr Bloglines Technorati Vonage
        Verizon Comcast Cingular Nextel Qualcomm Lucent Nortel Huawei Acer Lukoil Sibneft Yuganskneftegas
        Surgutneftegas Mitsubishi Hyundai Daewoo Infosys Wipro Petrobras Repsol Shell GlaxoSmithKline Glaxo
        AstraZeneca Pfizer Novartis Aventis Sanofi Monsanto Kmart Costco Ikea Interbrew AmBev Nasdaq Nikkei
        Euronext Boerse Disney Ahold Reliance
        """);

    /// <summary>
    /// Trades written before a firm's name ("analysts Gartner", "bookmakers Ladbrokes", "think-tank Demos"):
    /// a plural or a body's trade, so the name after them is a firm's, not a person's.
    /// </summary>
    public static readonly FrozenSet<string> FirmTrades = Words("""
        analysts consultants consultancy consultancies think-tank thinktank bookmakers bookmaker pollsters pollster
        accountants auditors brokers stockbrokers lenders insurers publishers retailers manufacturers makers carmakers
        researchers distributors developers label studio studios
        """);

    /// <summary>Heads of body or place names that are also surnames: after a given name they are the surname ("Robin Day", "Stuart Hall").</summary>
    public static readonly FrozenSet<string> SurnameLikeHeads = Words("""
        Hall Lane Bridge House Power Banks Bank Church Castle Way Post Mail Guard River Lake Day Show
        Band Fund Chambers Building Press Field Brigade Mission Temple Chapel Fire Ford Capital Trust Record
        Rivers Hill Wood Marsh Brooks
        """);
}
