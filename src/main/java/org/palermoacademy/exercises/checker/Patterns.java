package org.palermoacademy.exercises.checker;

import java.util.Map;
import java.util.regex.Pattern;

/** The phrases the rules look for, in one place so they can be read and tuned together. */
final class Patterns {

    private Patterns() {
    }

    /** Case-insensitive (ASCII case folding: fast; the few accented capitals in requests never start a keyword). */
    static Pattern ci(String regex) {
        return Pattern.compile(regex, Pattern.CASE_INSENSITIVE);
    }

    static final Pattern REQUEST_VERB = ci("\\b(request|requests|requested|requesting|ask|asks|seek|seeks|solicit|"
            + "invite|would be grateful|kindly|please|respectfully|we need|to (provide|produce|obtain|execute|carry out|"
            + "search|seize|freeze|serve|hear|arrange|order|preserve|disclose|surrender|arrest|allow|authori[sz]e)|"
            + "demande|demandons|prie|prions|sollicite|solicita|solicitamos)\\b");
    static final Map<String, Pattern> MEASURES = Map.ofEntries(
            Map.entry("bank-records", ci("relev[ée]s bancaires|documents bancaires|(bank|account|banking|bancaire|bancari)"
                    + "[^.]{0,120}(records|statements|extracts|documents|opening|transactions)|(records|statements|"
                    + "transactions)[^.]{0,120}(bank|account)")),
            Map.entry("witness-hearing", ci("(hear|hearing|testimony|statement|examin|interview|question)[^.]{0,80}"
                    + "witness|witness[^.]{0,80}(hear|testimony|statement|examin|interview|evidence)")),
            Map.entry("videoconference", ci("video[- ]?(conference|link)|videoconferenc|video hearing|visioconf")),
            Map.entry("search", ci("\\bsearch|perquisition|registro")),
            Map.entry("seizure", ci("\\bseiz|\\bseize|\\bsaisi|incauta")),
            Map.entry("service", ci("\\bserv(e|ice|ing|ed)\\b[^.]{0,120}(summons|document|decision|notice|writ|citation)"
                    + "|(summons|documents?|citation)[^.]{0,80}\\bserv|signifi|notifi|remise (de|d.un|d.une)")),
            Map.entry("preservation", ci("preserv")),
            Map.entry("production", ci("produc|disclos|hand over|provide[^.]{0,60}(data|content|subscriber|records|"
                    + "information)")),
            Map.entry("freezing", ci("freez|restrain|\\bfrozen|\\bfreeze|\\bgel\\b|geler|congela|embargo")),
            Map.entry("confiscation", ci("confiscat|forfeit|decomiso")),
            Map.entry("arrest", ci("\\barrest|detenci[óo]n")),
            Map.entry("provisional-arrest", ci("provisional(ly)?\\s+(arrest|detention|detain)|arrest(ed)?\\s+provisionally|"
                    + "arrestation provisoire|d[ée]tention provisoire|detenci[óo]n provisional")),
            Map.entry("surrender", ci("extradit|surrender")),
            Map.entry("controlled-delivery", ci("controlled\\s+deliver")),
            Map.entry("jit", ci("joint\\s+investigation\\s+team|\\bJIT\\b|joint\\s+team")));
    static final Pattern PURPOSE = ci("(evidence|records?|documents?|files|testimony|statements?|data|material|"
            + "hearing|copies|summons|extracts)\\b(?:(?!\\b(only|solely|exclusively|if)\\b)[^.]){0,60}\\b(is|are|will be|"
            + "would be|to be)? ?(needed|required|necessary|sought|essential)\\b[^.]{0,12}\\b(to|for|in order to|as evidence"
            + "|at (the )?trial|in (the|these) (proceedings|prosecution|trial|case))"
            + "|in order to (prove|establish|show|identify|trace|determine|confirm|demonstrate|corroborate|secure|charge|"
            + "prosecute|bring|complete|present|try|verify|locate|enable|allow|file|freeze|confiscate)"
            + "|with a view to (prosecut|bring|charg|prov|establish|identif|trac|confiscat|recover|the (trial|prosecution|"
            + "indictment))|(so that|enabling|to enable|to allow) (the |our |we |it |they |aldoria |this )?[^.]{0,40}"
            + "(can|may|could|to)? ?(prove|establish|identify|trace|charge|prosecute|confiscate|present|try|"
            + "proceed|file|recover)|(used|produced|tendered|relied on) (as evidence|at (the )?trial|in (the )?"
            + "(court|trial))|afin de|aux fins de|en vue de|n[ée]cessaires? (pour|à)|con el fin de|a fin de");
    static final Pattern PURPOSE_LABEL = Pattern.compile("(?m)^\\s*(\\d{1,2}[.)]\\s*|[A-Z][.)]\\s*|#+\\s*|\\*\\*)?"
            + "(purpose|objet|finalidad)\\b( of (the|this) (request|assistance)"
            + "( requested| sought)?| de la demande)?\\s*(\\*\\*)?[:.\\-–]?", Pattern.CASE_INSENSITIVE);
    static final Pattern PROCEEDING_NATURE = ci("\\b(investigation|investigations|prosecution|prosecuted|proceedings|"
            + "trial|criminal case|case file|indictment|indicted|enquiry|inquiry|convicted|conviction|judgment|"
            + "charged|under investigation)\\b(?!\\s+(office|service|department|authority|unit|"
            + "directorate|division|team|judge|magistrate))|enqu[êe]te|instruction (judiciaire|pr[ée]paratoire)|"
            + "poursuites|proc[ée]dure p[ée]nale|information judiciaire|investigaci[óo]n|proceso penal");
    static final Pattern URGENCY_CLAIM = ci("\\b(urgent|urgently|urgency|as a matter of priority|expedit\\w*|"
            + "without delay|immediate(ly)?|time[- ]critical|urgence|urgente|urgencia)\\b");
    static final Pattern DEADLINE_WORD = ci("\\b(by|before|no later than|not later than|deadline|until|within|prior to|"
            + "latest|at the latest|avant le|d.ici le|au plus tard|antes del)\\b");
    static final Pattern REASON = ci("\\b(because|since|as the|as he|as she|as they|due to|in view of|given that|"
            + "owing to|expire[sd]?|expiry|detention|trial|hearing|flight|flee|abscond|risk|deadline|lapse[sd]?|"
            + "deleted|retention|before the|otherwise|arrival|depart\\w*|car|parce que|en raison|puisque|faute de|"
            + "d[ée]tention|porque|debido)\\b");
    static final Pattern CONFIDENTIAL = ci("confidential|confidentiel|confidencial|not (be )?disclosed?|not to disclose|not (be )?inform|"
            + "not to inform|without (informing|notifying|notice|alerting)|tip(ping)?[- ]off|secrecy of (the|this) "
            + "request|not be notified|not notify|refrain from (informing|notifying)|no notice|defer(red)? notice|"
            + "must not (learn|know|be told)");
    static final Pattern USE_LIMIT = ci("speciality|specialty|use limitation|limitation on use|only (be used|for the "
            + "purpose)|not (be )?used (for|in) (any )?other|used (solely|only)|solely for|exclusively for|"
            + "art\\.\\s?18\\(19\\)|consent (of|from) the requested|without (your|the) consent");
    static final Pattern UNTOC = ci("Convention against Transnational Organi[sz]ed Crime|\\bUNTOC\\b|Palermo Convention"
            + "|criminalit[ée] transnationale organis[ée]e|Convention de Palerme|Delincuencia Organizada Transnacional"
            + "|United Nations Convention|\\bthe Convention\\b|art\\.\\s?1[368]\\b|article 1[368] of the");
    static final Pattern TREATY = ci("\\btreaty\\b|bilateral (agreement|convention)|agreement between|"
            + "convention between|trait[ée]|tratado|accord (bilat|entre)");
    static final Pattern RECIPROCITY = ci("reciproc|r[ée]ciprocit|comity");
    static final Pattern TRANSLATION = ci("translat|traduc");
    static final Pattern DIPLOMATIC = ci("diplomatic|note verbale|embassy|ministry of foreign affairs|foreign affairs"
            + "|consular|diplomatique|ambassade|affaires [ée]trang[èe]res|diplom[áa]tic");
    static final Pattern INTERPOL = ci("interpol|\\bNCB\\b|national central bureau|red notice|diffusion");
    static final Pattern DUAL_CRIMINALITY = ci("dual criminality|double criminality|double incrimination|"
            + "(also|equally|likewise) (an? )?(offence|offense|crime|criminal|punishable)|offence under (the )?law of "
            + "both|punishable (in|under the law of) both|criminali[sz]ed in both");
    static final Pattern CONTACT_PHONE = ci("\\+\\d[\\d \\-]{6,}|\\b(tel|telephone|phone)\\b");
    static final Pattern CONTACT_EMAIL = ci("[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+");
    static final Pattern INFORMAL = ci("police|interpol|informal|spontaneous|direct (contact|cooperation)|\\bFIU\\b|"
            + "financial intelligence|liaison|24/7|egmont|asset recovery office|prior (contact|consultation)");
    static final Pattern JARGON = ci("\\b(inter alia|mutatis mutandis|ex parte|prima facie|aforementioned|hereinafter|"
            + "the said|heretofore|whereas|notwithstanding the foregoing|in re)\\b");
    static final Pattern VAGUE = ci("\\b(all|any and all|any) (other )?(bank |banking |financial )?(records|documents|"
            + "information|accounts|data|transactions|material|evidence)\\b(?![^.;:]{0,60}(relating|related|concerning|"
            + "in respect of|following|listed|below|above|specified|identified|described|numbered|set out|mentioned|"
            + "held (on|by|in|at)|for the period|between|from \\d|of the (accounts?|persons?|compan)|on the (accounts?|"
            + "persons?)|in the name of|needed|required|of (these|those|this|that)|seized|found|obtained|supplied|provided|received|transmitted|returned|(on|about|regarding|as to) (?!all\\b)))"
            + "|\\bof all (accounts|persons|companies|transactions)\\b|any relevant (information|documents)|"
            + "whatever (information|documents)");
    static final Pattern DEATH_PENALTY = ci("death penalty|capital punishment|death sentence|peine de mort|"
            + "peine capitale|sentenced to death|pena de muerte");
    static final Pattern ASSURANCE = ci("assur|guarant|undertak|will not be (imposed|sought|carried out|executed)|"
            + "shall not be (imposed|sought|carried out|executed)|not (be )?(seek|sought|impose)|garantie|"
            + "ne sera (ni )?(pas )?(requise|prononc[ée]e|ex[ée]cut[ée]e)|garant[ií]a");
    static final Pattern LIMITATION = ci("limitation period|limitation rules?|period of limitation|statute of limitations|"
            + "prescription|time[- ]barred|statute[- ]barred|prescribed|not (yet )?(lapsed|expired)|prescripci[óo]n");
    static final Pattern WARRANT = ci("arrest warrant|warrant of arrest|warrant for (his|her|the) arrest|"
            + "warrant (was|has been) issued|detention order|mandat d.arr[eê]t|orden de (detenci[óo]n|captura)");
    static final Pattern JUDGMENT = ci("\\b(judgment|judgement|conviction|convicted|sentence[d]?|verdict)\\b");
    static final Pattern REMAINING = ci("remain\\w* to (be )?serve|left to (be )?serve|still to (be )?serve|yet to (be )?serve|"
            + "outstanding (sentence|term|balance|part)|balance of (the|his|her) sentence|remainder of (the|his|her) "
            + "sentence|remaining (sentence|term|part|portion|to serve)|time (left|remaining)");
    static final Pattern FLIGHT = ci("\\b(flight|flee|fleeing|abscond|board|boarding|depart|departure|leave the|"
            + "escape|airport|about to leave|fuite|s.enfuir|quitter|embarquer|a[ée]roport|huir|fuga)\\b");
    static final Pattern FULL_REQUEST = ci("(full|formal|complete) (extradition )?request[^.]{0,120}(within|no later|"
            + "before|in the time)|(within|no later than)[^.]{0,80}(full|formal|complete) (extradition )?request|"
            + "demande (formelle|compl[èe]te) d.extradition[^.]{0,120}(dans|d[ée]lai|avant)|solicitud formal");
    static final Pattern OWN_ORDER = ci("own (confiscation )?order|order of (its|your) own|domestic (confiscation )?"
            + "order|apply to (its|your|the competent) (court|authorit)|art\\.\\s?13\\(1\\)\\(a\\)|institute "
            + "(confiscation )?proceedings|obtain (a|an) (confiscation )?order");
    static final Pattern ORDER_COPY = ci("(certified|authenticated|legally admissible|true|attested|original)"
            + "[^.]{0,40}copy|copy of the (confiscation )?order|art\\.\\s?13\\(3\\)\\(b\\)");
    static final Pattern EXTENT = ci("extent|to the (value|amount) of|limited to|up to (the )?(amount|value|sum)|"
            + "not exceed|in the amount of|in full|balance");
    static final Pattern RETURN = ci("(return|restitution|compensat|repatriat)[^.]{0,150}(victim|owner|defrauded|"
            + "investor|injured)|(victim|owner|defrauded)[^.]{0,150}(return|restitution|compensat)|art\\.\\s?14\\(2\\)");
    static final Pattern THIRD_PARTY = ci("bona fide|good faith|third part|innocent owner|co-?owner|art\\.\\s?12\\(8\\)");
    static final Pattern INTACT = ci("\\bintact|replac|substitut|\\bremov|art\\.\\s?20\\(4\\)|swap");
    static final Pattern ROUND_THE_CLOCK = ci("24/7|24 hours|round[- ]the[- ]clock|around the clock|at any time|"
            + "day and night|24-hour");
    static final Pattern CONSIGNMENT = ci("container|consignment|shipment|parcel|cargo|package|load");
    static final Pattern ROUTE = ci("vessel|\\bship\\b|\\bport\\b|route|arriv|transit|voyage|flight|truck|lorry");
    static final Pattern PENALTY_OLD = ci("(\\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|"
            + "twenty)[- ]years?|life imprisonment|imprisonment|maximum (penalty|sentence)|punishable");
}
