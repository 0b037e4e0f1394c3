using System.Collections.Frozen;

namespace NewsReader.Suggestions;

internal static partial class Lexicon
{
    /// <summary>Countries, regions and cities that UK news names most, and the compass words that qualify them.</summary>
    public static readonly FrozenSet<string> Places = Words("""
        UK US USA Britain England Scotland Wales Ireland Ulster Europe America Americas Africa Asia Australia
        Antarctica Arctic Atlantic Pacific Mediterranean Caribbean Gulf Balkans Baltic Scandinavia Middle East
        West North South Northern Southern Eastern Western Central Greater Upper Lower New Old Saint
        Afghanistan Albania Algeria Angola Argentina Armenia Austria Azerbaijan Bahrain Bangladesh Barbados
        Belarus Belgium Belize Bolivia Bosnia Botswana Brazil Bulgaria Burma Burundi Cambodia Cameroon Canada
        Chad Chile China Colombia Congo Croatia Cuba Cyprus Czech Denmark Ecuador Egypt Eritrea Estonia
        Ethiopia Fiji Finland France Gabon Gambia Georgia Germany Ghana Greece Grenada Guatemala Guinea Guyana
        Haiti Honduras Hungary Iceland India Indonesia Iran Iraq Israel Italy Jamaica Japan Jordan Kazakhstan
        Kenya Korea Kosovo Kuwait Laos Latvia Lebanon Liberia Libya Lithuania Luxembourg Macedonia Madagascar
        Malawi Malaysia Mali Malta Mauritius Mexico Moldova Mongolia Montenegro Morocco Mozambique Myanmar
        Namibia Nepal Netherlands Holland Nicaragua Niger Nigeria Norway Oman Pakistan Palestine Panama Paraguay
        Peru Philippines Poland Portugal Qatar Romania Russia Rwanda Samoa Senegal Serbia Sierra Leone
        Singapore Slovakia Slovenia Somalia Spain Sri Lanka Sudan Sweden Switzerland Syria Taiwan Tajikistan
        Tanzania Thailand Tibet Togo Tonga Tunisia Turkey Turkmenistan Uganda Ukraine Uruguay Uzbekistan
        Vatican Venezuela Vietnam Yemen Yugoslavia Zambia Zimbabwe Chechnya Darfur Gaza Kashmir Kurdistan
        London Manchester Birmingham Liverpool Leeds Sheffield Bristol Newcastle Nottingham Leicester Coventry
        Bradford Hull Plymouth Southampton Portsmouth Brighton Reading Oxford Cambridge York Derby Stoke
        Wolverhampton Sunderland Middlesbrough Blackpool Bolton Preston Blackburn Burnley Wigan Norwich Ipswich
        Exeter Bath Cheltenham Gloucester Swindon Luton Watford Milton Keynes Northampton Peterborough Lincoln
        Carlisle Durham Gateshead Doncaster Rotherham Barnsley Huddersfield Halifax Salford Stockport Chester
        Crewe Warrington Dover Canterbury Maidstone Croydon Wembley Wimbledon Twickenham Heathrow Gatwick
        Stansted Edinburgh Glasgow Aberdeen Dundee Inverness Perth Stirling Belfast Derry Londonderry Cardiff
        Swansea Newport Wrexham Bangor Dublin Cork Limerick Galway Kent Essex Surrey Sussex Yorkshire Lancashire
        Cheshire Devon Cornwall Dorset Somerset Hampshire Norfolk Suffolk Cumbria Merseyside Midlands Tyneside
        Highlands Hebrides Orkney Shetland Snowdonia Anglesey Islington Camden Hackney Brixton Westminster
        Whitehall Soho Chelsea Kensington Mayfair Holyrood Stormont Paris Berlin Rome Madrid Barcelona Lisbon
        Brussels Amsterdam Vienna Prague Warsaw Budapest Athens Istanbul Ankara Moscow Kiev Kyiv Stockholm Oslo
        Copenhagen Helsinki Geneva Zurich Munich Frankfurt Hamburg Milan Naples Venice Florence Lyon Marseille
        Strasbourg Luxembourg Monaco Washington Chicago Boston Seattle Detroit Houston Dallas Miami Atlanta
        Denver Phoenix Philadelphia Baltimore Vegas Angeles Francisco Diego Hollywood Manhattan Brooklyn
        Toronto Montreal Vancouver Ottawa Sydney Melbourne Brisbane Auckland Wellington Tokyo Beijing Shanghai
        Hong Kong Delhi Mumbai Bombay Calcutta Kolkata Karachi Lahore Islamabad Kabul Baghdad Basra Fallujah
        Tehran Jerusalem Tel Aviv Beirut Damascus Cairo Riyadh Dubai Mecca Nairobi Lagos Johannesburg
        Pretoria Harare Khartoum Seoul Pyongyang Bangkok Jakarta Manila Singapore Havana Caracas Bogota Lima
        Santiago Buenos Aires Rio Janeiro Sao Paulo Brasilia Texas California Florida York Jersey Virginia
        Ohio Michigan Illinois Arizona Nevada Oregon Alaska Hawaii Massachusetts Pennsylvania Kansas Missouri
        Tennessee Kentucky Alabama Mississippi Louisiana Carolina Dakota Montana Utah Colorado Iowa Indiana
        Wisconsin Minnesota Arkansas Oklahoma Nebraska Idaho Wyoming Maine Vermont Connecticut Maryland
        Delaware Guernsey Man Wight Gibraltar Falklands Bermuda Bahamas Siberia Crimea Sahara Himalayas Alps
        Everest Amazon Thames Tyne Severn Clyde Mersey Rhine Danube Nile Euphrates Tigris Ganges Yangtze
        """);
}
