package id.orderan.customer;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Word-start search over every village with its district, regency and province: an in-memory
 * inverted index of name words (sorted, so a typed prefix is a binary-searched range), built once
 * from the area tables on first use (~83,000 villages, a few MB, well under a second). A query is
 * the intersection of its words' prefix ranges: under a millisecond, where a FULLTEXT query over
 * the same words took several (see the decision record).
 *
 * @see <a href="../../../../../../docs/decisions/0020-area-data-and-search.md">0020</a>
 */
@Component
class AreaIndex {

    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private final JdbcTemplate jdbc;
    private volatile @Nullable Snapshot snapshot;

    AreaIndex(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Villages matching every typed word at a word start, best first, then by code. */
    List<Area> search(String text, int offset, int limit) {
        List<String> words = words(text);
        if (words.isEmpty() || limit <= 0) {
            return List.of();
        }
        return snapshot().search(words, offset, limit);
    }

    int size() {
        return snapshot().areas.length;
    }

    private Snapshot snapshot() {
        Snapshot current = snapshot;
        if (current == null) {
            synchronized (this) {
                current = snapshot;
                if (current == null) {
                    current = load();
                    snapshot = current;
                }
            }
        }
        return current;
    }

    private Snapshot load() {
        List<Area> areas = new ArrayList<>(84_000);
        List<String[]> officialNames = new ArrayList<>(84_000);
        jdbc.query("""
                SELECT v.code, v.name, d.name, r.name, p.name FROM area_village v
                JOIN area_district d ON d.code = v.district_code
                JOIN area_regency r ON r.code = d.regency_code
                JOIN area_province p ON p.code = r.province_code
                ORDER BY v.code""", rs -> {
            areas.add(new Area(rs.getString(1), rs.getString(2), rs.getString(3), Area.shortRegency(rs.getString(4)),
                    Area.shortProvince(rs.getString(5))));
            officialNames.add(new String[] {rs.getString(4), rs.getString(5)});
        });
        Map<String, IntList> postings = new TreeMap<>();
        String[][] villageWords = new String[areas.size()][];
        for (int i = 0; i < areas.size(); i++) {
            Area area = areas.get(i);
            villageWords[i] = words(area.village()).toArray(String[]::new);
            String all = String.join(" ", area.village(), area.district(), area.regency(), area.province(),
                    officialNames.get(i)[0], officialNames.get(i)[1]);
            for (String word : new LinkedHashSet<>(words(all))) {
                postings.computeIfAbsent(word, w -> new IntList()).add(i);
            }
        }
        String[] tokens = postings.keySet().toArray(String[]::new);
        int[][] lists = postings.values().stream().map(IntList::toArray).toArray(int[][]::new);
        return new Snapshot(areas.toArray(Area[]::new), villageWords, tokens, lists);
    }

    /** Lower-case words without diacritics; "Kab. Sleman" → [kab, sleman]. */
    static List<String> words(String text) {
        String plain = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
        return Arrays.stream(NON_WORD.split(plain.toLowerCase(Locale.ROOT))).filter(w -> !w.isEmpty()).toList();
    }

    private record Snapshot(Area[] areas, String[][] villageWords, String[] tokens, int[][] postings) {

        List<Area> search(List<String> words, int offset, int limit) {
            BitSet matches = null;
            for (String word : words) {
                BitSet hits = new BitSet(areas.length);
                int from = lowerBound(word);
                int to = lowerBound(word + Character.MAX_VALUE);
                for (int t = from; t < to; t++) {
                    for (int area : postings[t]) {
                        hits.set(area);
                    }
                }
                if (matches == null) {
                    matches = hits;
                } else {
                    matches.and(hits);
                }
                if (matches.isEmpty()) {
                    return List.of();
                }
            }
            // villages whose own name answers all the words come first ("depok" → Depok villages before
            // the villages of Kec. Depok), then those whose name answers one of them, then the rest
            int wanted = offset + limit;
            List<List<Area>> ranks = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
            for (int i = matches.nextSetBit(0); i >= 0; i = matches.nextSetBit(i + 1)) {
                List<Area> bucket = ranks.get(rank(i, words));
                if (bucket.size() < wanted) {
                    bucket.add(areas[i]);
                }
                if (ranks.getFirst().size() >= wanted) {
                    break;
                }
            }
            List<Area> ordered = new ArrayList<>(wanted);
            ranks.forEach(ordered::addAll);
            return ordered.subList(Math.min(offset, ordered.size()), Math.min(wanted, ordered.size()));
        }

        private int rank(int area, List<String> words) {
            String[] own = villageWords[area];
            boolean all = words.stream().allMatch(w -> Arrays.stream(own).anyMatch(o -> o.startsWith(w)));
            if (all) {
                return 0;
            }
            return words.stream().anyMatch(w -> Arrays.stream(own).anyMatch(o -> o.startsWith(w))) ? 1 : 2;
        }

        private int lowerBound(String key) {
            int index = Arrays.binarySearch(tokens, key);
            return index >= 0 ? index : -index - 1;
        }
    }

    /** A growable int array: postings without boxing 750,000 Integers. */
    private static final class IntList {
        private int[] values = new int[4];
        private int size;

        void add(int value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        int[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }
}
