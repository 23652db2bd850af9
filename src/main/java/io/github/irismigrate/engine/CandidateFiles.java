package io.github.irismigrate.engine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text pre-filter: decides, from each file's text alone, which files any rule could fire in or learn from, so
 * that only those are parsed with type attribution. A file is a candidate when it mentions anything a rule matches
 * (a Dashboard host or path, the Iris SDK, Iris payload element names, area codes), and then, to a fixpoint, when it
 * references a constant of a candidate (it may carry the Dashboard context of a path declared there) or declares a
 * constant a candidate references (a host elsewhere can make a path foreign). Properties and YAML files are always
 * candidates: placeholders resolve through them. ParityTest proves the filter drops no finding.
 */
public final class CandidateFiles {
    /** Lower-case tokens any rule needs to see in a file to fire there or to draw context from it. */
    private static final List<String> TOKENS = List.of(
            // hosts, config keys and API paths (BW001-BW004, and the context of every rule)
            "bandwidth.com", "inetwork.com", "dashboard", "iris", "api/accounts", "/api/v1", "/api\"", "v1.0", "addresses",
            "importtnorder", "removeimportedtnorder", "externaltns", "inservicenumber", "availablenumber", "availablenpanxx",
            "sippeer", "tnoption", "portins", "lnpchecker", "/tns",
            // payloads, numbers and area codes (BW005-BW010)
            "areacode", "area_code", "npa", "telephonenumber", "fullnumber", "tn>", "\"tn\"", "completedtelephonenumbers",
            "smsenabled", "messagingsettings", "smssettings", "<sms", "numberformat", "callbacksubscription",
            "emailsubscription", "outputformat", "countrycodea3");

    private static final Pattern CONSTANT_DECL = Pattern.compile("\\bstatic\\s+final\\s+[\\w<>\\[\\], ]+?\\s+(\\w+)\\s*=");
    private static final Pattern QUALIFIED_REF = Pattern.compile("\\b([A-Z]\\w*)\\.([A-Z][A-Z0-9_]*)\\b");
    private static final Pattern STATIC_IMPORT = Pattern.compile("import\\s+static\\s+[\\w.]*?\\.([A-Z]\\w*)\\.(\\w+|\\*)\\s*;");

    private CandidateFiles() {
    }

    /** The result: the files to parse, and how many were read. */
    public record Selection(List<Path> files, int read) {
    }

    public static Selection select(List<Path> files) {
        Map<Path, String> texts = new HashMap<>();
        files.parallelStream().forEach(f -> {
            String t = read(f);
            synchronized (texts) {
                texts.put(f, t);
            }
        });
        Set<Path> keep = new LinkedHashSet<>();
        Map<String, List<Path>> byClassName = new HashMap<>();
        for (Path f : files) {
            String name = f.getFileName().toString();
            String lower = name.toLowerCase(Locale.ROOT);
            if (lower.endsWith(".java")) {
                byClassName.computeIfAbsent(name.substring(0, name.length() - 5), k -> new ArrayList<>()).add(f);
            }
            String text = texts.get(f);
            if (text == null || lower.endsWith(".properties") || lower.endsWith(".yml") || lower.endsWith(".yaml")
                    || mentionsAny(text)) {
                keep.add(f); // an unreadable file goes on, so the parser names it in an error
            }
        }
        // fixpoint over constants, both ways
        boolean changed = true;
        for (int round = 0; changed && round < 8; round++) {
            changed = false;
            Map<String, Set<String>> constantsOfKept = new HashMap<>();
            Set<String> referencedClasses = new HashSet<>();
            for (Path f : keep) {
                String text = texts.get(f);
                String name = f.getFileName().toString();
                if (text == null || !name.endsWith(".java")) {
                    continue;
                }
                Set<String> names = new HashSet<>();
                Matcher d = CONSTANT_DECL.matcher(text);
                while (d.find()) {
                    names.add(d.group(1));
                }
                if (!names.isEmpty()) {
                    constantsOfKept.put(name.substring(0, name.length() - 5), names);
                }
                Matcher r = QUALIFIED_REF.matcher(text);
                while (r.find()) {
                    referencedClasses.add(r.group(1));
                }
                Matcher s = STATIC_IMPORT.matcher(text);
                while (s.find()) {
                    referencedClasses.add(s.group(1));
                }
            }
            for (String cls : referencedClasses) {
                for (Path declaring : byClassName.getOrDefault(cls, List.of())) {
                    changed |= keep.add(declaring);
                }
            }
            for (Path f : files) {
                if (keep.contains(f) || !f.getFileName().toString().endsWith(".java")) {
                    continue;
                }
                String text = texts.get(f);
                if (referencesAny(text, constantsOfKept)) {
                    keep.add(f);
                    changed = true;
                }
            }
        }
        List<Path> out = new ArrayList<>();
        for (Path f : files) {
            if (keep.contains(f)) {
                out.add(f);
            }
        }
        return new Selection(out, files.size());
    }

    static boolean mentionsAny(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        for (String t : TOKENS) {
            if (lower.contains(t)) {
                return true;
            }
        }
        return false;
    }

    private static boolean referencesAny(String text, Map<String, Set<String>> constants) {
        for (Map.Entry<String, Set<String>> e : constants.entrySet()) {
            String cls = e.getKey();
            if (!text.contains(cls)) {
                continue;
            }
            Matcher r = QUALIFIED_REF.matcher(text);
            while (r.find()) {
                if (r.group(1).equals(cls) && e.getValue().contains(r.group(2))) {
                    return true;
                }
            }
            Matcher s = STATIC_IMPORT.matcher(text);
            while (s.find()) {
                if (s.group(1).equals(cls)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String read(Path f) {
        try {
            if (Files.size(f) > ProjectParser.MAX_FILE_BYTES) {
                return null;
            }
            // ISO-8859-1 maps every byte to a char: the ASCII tokens are found whatever the file's encoding
            return new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            return null;
        }
    }
}
