package org.newsstream.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Generated news articles for the benchmarks: every language we cover, 2-6 KB each (or a size asked for), each with
 * a dateline, named people with roles, organisations, places and direct quotes attributed in that language's way.
 * The same seed gives the same articles. Names are made up.
 */
final class BenchArticles {
    private BenchArticles() {}

    record Article(String id, String language, String title, String body) {}

    /** Per language: datelines, people, bodies, quote frames ("%s" is the quote, "%p" the person), and filler sentences. */
    private record Language(String code, String[] places, String[] people, String[] roles, String[] bodies,
                            String[] quoteFrames, String[] quotes, String[] sentences) {}

    private static final List<Language> LANGUAGES = List.of(
            new Language("en", new String[] {"LEEDS", "PERTH", "HAMILTON", "CARDIFF"}, new String[] {"Margaret Holloway", "Daniel Okafor", "Fiona McAllister"},
                    new String[] {"the council leader", "a spokesman for the port authority", "the head teacher"},
                    new String[] {"the City Council", "the Harbour Trust", "the Regional Transport Board"},
                    new String[] {"\"%s,\" %p said.", "%p, %r, said: \"%s\"", "\"%s,\" said %p, %r."},
                    new String[] {"We have waited long enough for this decision", "The money will be spent on the roads first", "Nobody expected the water to rise so quickly"},
                    new String[] {"The meeting lasted three hours and covered roads, schools and the harbour.", "Residents have complained about the delays for years.",
                            "The plan will be reviewed again in the spring.", "Figures published on Monday showed a rise of twelve percent."}),
            new Language("id", new String[] {"SURABAYA", "KUPANG", "MAKASSAR", "PADANG"}, new String[] {"Yohanes Dapa Lewar", "Siti Nurhaliza Rahman", "Bambang Sutrisno"},
                    new String[] {"Kepala Dinas Perhubungan", "Ketua DPRD", "juru bicara Pelindo"},
                    new String[] {"Dinas Kelautan dan Perikanan", "Badan Penanggulangan Bencana Daerah", "Pemerintah Kota"},
                    new String[] {"\"%s,\" kata %p.", "%r, %p, mengatakan, \"%s\"", "\"%s,\" ujar %p kepada wartawan."},
                    new String[] {"Kami sudah menyiapkan kapal tambahan untuk para penumpang", "Anggaran perbaikan jalan akan cair bulan depan", "Warga diminta tetap waspada"},
                    new String[] {"Rapat berlangsung selama tiga jam di kantor wali kota.", "Warga mengeluhkan antrean panjang sejak pagi.",
                            "Rencana itu akan dievaluasi kembali tahun depan.", "Data terbaru menunjukkan kenaikan dua belas persen."}),
            new Language("ms", new String[] {"KOTA BHARU", "KUANTAN", "IPOH", "KUCHING"}, new String[] {"Ahmad Fikri Abdullah", "Nurul Aina Kamaruddin", "Lim Wei Ming"},
                    new String[] {"Pengarah Jabatan Kerja Raya negeri", "Datuk Bandar", "jurucakap polis"},
                    new String[] {"Majlis Bandaraya", "Jabatan Pengairan dan Saliran", "Kerajaan negeri"},
                    new String[] {"\"%s,\" katanya.", "%p berkata, \"%s\"", "\"%s,\" kata %p, %r."},
                    new String[] {"Kami akan memulakan kerja pembaikan minggu depan", "Penduduk diminta bersedia untuk berpindah", "Peruntukan itu sudah diluluskan"},
                    new String[] {"Mesyuarat itu berlangsung selama tiga jam.", "Penduduk mengadu tentang kesesakan sejak pagi.",
                            "Rancangan itu akan dinilai semula tahun depan.", "Angka terkini menunjukkan peningkatan dua belas peratus."}),
            new Language("es", new String[] {"SEVILLA", "BILBAO", "VALENCIA", "ZARAGOZA"}, new String[] {"Lucía Ferrer Montoliu", "Iñaki Etxeberria", "Carmen Ruiz Delgado"},
                    new String[] {"la alcaldesa", "el director del puerto", "la portavoz de la asociación"},
                    new String[] {"el Ayuntamiento", "la Asociación de Vecinos del Casco Viejo", "la Consejería de Fomento"},
                    new String[] {"«%s», explicó %r, %p.", "%p afirmó: «%s».", "«%s», ha dicho %p."},
                    new String[] {"Llevamos años esperando esta obra", "El dinero llegará antes del verano", "Nadie esperaba una subida tan rápida del agua"},
                    new String[] {"La reunión duró tres horas y trató las carreteras, las escuelas y el puerto.", "Los vecinos llevan años quejándose de los retrasos.",
                            "El plan se revisará de nuevo en primavera.", "Los datos publicados el lunes muestran un aumento del doce por ciento."}),
            new Language("pt", new String[] {"BRAGA", "FARO", "CAMPINAS", "BELÉM"}, new String[] {"João Pedro Vasconcelos", "Ana Cláudia Brito", "Renato Nishimura"},
                    new String[] {"o presidente da câmara", "a diretora do hospital", "o porta-voz da associação"},
                    new String[] {"a Câmara Municipal", "o Instituto Português do Mar e da Atmosfera", "a Associação Comercial"},
                    new String[] {"«%s», disse %p.", "%p, %r, afirmou: «%s».", "“%s”, acrescentou %p."},
                    new String[] {"Esperamos por esta decisão há muitos anos", "O dinheiro vai primeiro para as estradas", "Ninguém esperava que a água subisse tão depressa"},
                    new String[] {"A reunião durou três horas e tratou das estradas, das escolas e do porto.", "Os moradores queixam-se dos atrasos há anos.",
                            "O plano será revisto na primavera.", "Os números divulgados na segunda-feira mostram uma subida de doze por cento."}),
            new Language("fr", new String[] {"LYON", "RENNES", "MARSEILLE", "LILLE"}, new String[] {"Gwendoline Castellani", "Yann Le Goff", "Maëlle Dubreuil"},
                    new String[] {"la maire", "le directeur du port", "la présidente de l'association"},
                    new String[] {"la préfecture", "la Fédération des commerçants", "le conseil départemental"},
                    new String[] {"« %s », a déclaré %p.", "%p, %r, a indiqué : « %s ».", "« %s », a-t-elle ajouté."},
                    new String[] {"Nous attendions cette décision depuis des années", "L'argent ira d'abord aux routes", "Personne ne s'attendait à une montée aussi rapide"},
                    new String[] {"La réunion a duré trois heures et a porté sur les routes, les écoles et le port.", "Les habitants se plaignent des retards depuis des années.",
                            "Le plan sera réexaminé au printemps.", "Les chiffres publiés lundi montrent une hausse de douze pour cent."}),
            new Language("it", new String[] {"BOLOGNA", "CAGLIARI", "TRIESTE", "BARI"}, new String[] {"Francesca Moretti", "Gavino Piras", "Lorenzo Bianchi"},
                    new String[] {"il sindaco", "la direttrice del porto", "il presidente della Regione"},
                    new String[] {"il Comune", "l'Autorità portuale", "la Regione"},
                    new String[] {"«%s», ha spiegato %r, %p.", "%p ha detto: «%s».", "«%s», ha aggiunto %p."},
                    new String[] {"Aspettiamo questa decisione da anni", "I soldi andranno prima alle strade", "Nessuno si aspettava una crescita così rapida dell'acqua"},
                    new String[] {"La riunione è durata tre ore e ha riguardato strade, scuole e porto.", "I residenti lamentano i ritardi da anni.",
                            "Il piano sarà rivisto in primavera.", "I dati pubblicati lunedì mostrano un aumento del dodici per cento."}),
            new Language("nl", new String[] {"GRONINGEN", "KAMPEN", "HOORN", "HASSELT"}, new String[] {"Sanne de Boer", "Pieter van der Meulen", "Marloes Blankendaal"},
                    new String[] {"de wethouder", "een woordvoerder van het havenbedrijf", "de burgemeester"},
                    new String[] {"de gemeente", "het Waterschap", "de provincie"},
                    new String[] {"\"%s\", zei %p.", "%p, %r, zei: \"%s\"", "\"%s\", aldus %p."},
                    new String[] {"We wachten al jaren op dit besluit", "Het geld gaat eerst naar de wegen", "Niemand had verwacht dat het water zo snel zou stijgen"},
                    new String[] {"De vergadering duurde drie uur en ging over wegen, scholen en de haven.", "Bewoners klagen al jaren over de vertraging.",
                            "Het plan wordt in het voorjaar opnieuw bekeken.", "Maandag gepubliceerde cijfers tonen een stijging van twaalf procent."}),
            new Language("de", new String[] {"HUSUM", "GRAZ", "KÖLN", "KASSEL"}, new String[] {"Hauke Petersen", "Karin Vogelsang", "Henrik Albrecht"},
                    new String[] {"Sprecher der Stadtwerke", "die Bürgermeisterin", "der Vorsitzende des Verbandes"},
                    new String[] {"die Stadtverwaltung", "der Verband Norddeutscher Reeder", "das Landesamt"},
                    new String[] {"„%s“, sagte %p, %r.", "%p erklärte: „%s“", "„%s“, fügte %p hinzu."},
                    new String[] {"Wir warten seit Jahren auf diese Entscheidung", "Das Geld fließt zuerst in die Straßen", "Niemand hatte mit einem so schnellen Anstieg gerechnet"},
                    new String[] {"Die Sitzung dauerte drei Stunden und behandelte Straßen, Schulen und den Hafen.", "Anwohner beklagen die Verzögerungen seit Jahren.",
                            "Der Plan wird im Frühjahr erneut geprüft.", "Am Montag veröffentlichte Zahlen zeigen einen Anstieg um zwölf Prozent."}));

    /** n articles of 2-6 KB each, in every language in turn. */
    static List<Article> generate(int n, long seed) {
        return generate(n, seed, 0);
    }

    /** n articles, each about {@code bytes} long (0: 2-6 KB), in every language in turn. */
    static List<Article> generate(int n, long seed, int bytes) {
        Random random = new Random(seed);
        List<Article> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Language l = LANGUAGES.get(i % LANGUAGES.size());
            int size = bytes > 0 ? bytes : 2048 + random.nextInt(4096);
            String place = l.places()[random.nextInt(l.places().length)];
            String person = l.people()[random.nextInt(l.people().length)];
            String body = l.bodies()[random.nextInt(l.bodies().length)];
            StringBuilder b = new StringBuilder();
            b.append(place).append(" – ").append(capital(body)).append(" ").append(l.sentences()[0]).append(" (").append(i).append(")\n\n");
            int k = 0;
            while (b.length() < size) {
                String role = l.roles()[random.nextInt(l.roles().length)];
                String frame = l.quoteFrames()[k % l.quoteFrames().length];
                String quote = l.quotes()[random.nextInt(l.quotes().length)];
                b.append(frame.replace("%s", quote).replace("%p", person).replace("%r", role)).append(' ');
                b.append(l.sentences()[random.nextInt(l.sentences().length)]).append(' ');
                b.append(l.sentences()[random.nextInt(l.sentences().length)]).append("\n\n");
                k++;
            }
            out.add(new Article(String.format("bench-%s-%06d", l.code(), i), l.code(), place.charAt(0) + place.substring(1).toLowerCase() + ": " + body + " " + i,
                    b.toString().strip()));
        }
        return out;
    }

    private static String capital(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
