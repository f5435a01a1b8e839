package org.stockpile.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Runs the shell examples of a Markdown document the way a new user pastes them into bash, for the part of the
 * shell they use: variables, {@code ;}, pipes, command substitution, quoting, line continuations, and the commands
 * {@code curl}, {@code grep -o} and {@code cut}. Anything else fails loudly, so that an example the test cannot
 * run is never skipped in silence. Each {@code curl} run directly by a line (not inside {@code $(...)}) is kept as
 * an {@link Example} with the comment that introduces it.
 */
public final class ReadmeShell {

    /** One call of an example and what it answered. */
    public record Example(String command, String comment, HttpRequest request, Answer answer) {
    }

    public record Answer(int status, String contentType, byte[] body) {

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    private static final Pattern BASH_BLOCK = Pattern.compile("```bash\\n(.*?)```", Pattern.DOTALL);
    private static final Pattern ASSIGNMENT = Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)=(.*)", Pattern.DOTALL);
    private static final Pattern VARIABLE = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final Map<String, String> variables = new HashMap<>();
    private final Map<String, String> given;
    private final Map<String, String> addresses;
    private final Path workingDirectory;
    private final List<Example> examples = new ArrayList<>();

    /**
     * @param given values the document leaves to the reader (such as a port the log prints): the document's own
     *        assignments of these names are not run
     * @param addresses documented addresses and the ones to call instead, e.g. {@code http://localhost:8080}
     * @param workingDirectory where {@code curl -o} writes
     */
    public ReadmeShell(Map<String, String> given, Map<String, String> addresses, Path workingDirectory) {
        this.given = Map.copyOf(given);
        this.addresses = Map.copyOf(addresses);
        this.workingDirectory = workingDirectory;
        variables.putAll(given);
    }

    /** The {@code bash} code blocks of {@code markdown} between the heading {@code section} and the next one. */
    public static List<String> bashBlocks(String markdown, String section) {
        int start = markdown.indexOf("\n" + section + "\n");
        if (start < 0) {
            throw new IllegalArgumentException("No heading \"" + section + "\" in the document");
        }
        int level = section.indexOf(' ');
        int end = markdown.indexOf("\n" + section.substring(0, level + 1), start + section.length() + 1);
        Matcher blocks = BASH_BLOCK.matcher(markdown.substring(start, end < 0 ? markdown.length() : end));
        List<String> found = new ArrayList<>();
        while (blocks.find()) {
            found.add(blocks.group(1));
        }
        return found;
    }

    /** Runs a code block line by line; the examples it called are added to {@link #examples()}. */
    public void run(String block) {
        StringBuilder comment = new StringBuilder();
        for (String line : logicalLines(block)) {
            String[] codeAndComment = splitComment(line);
            String code = codeAndComment[0].strip();
            if (code.isEmpty()) {
                comment.append(codeAndComment[1]).append('\n');
                continue;
            }
            String introduction = (comment + codeAndComment[1]).strip();
            comment.setLength(0);
            for (String statement : splitTopLevel(code, ';')) {
                runStatement(statement.strip(), introduction);
            }
        }
    }

    public List<Example> examples() {
        return List.copyOf(examples);
    }

    /** Sends an example's request again, as a client retrying it would. */
    public Answer resend(Example example) {
        return send(example.request());
    }

    private void runStatement(String statement, String comment) {
        Matcher assignment = ASSIGNMENT.matcher(statement);
        if (assignment.matches()) {
            String name = assignment.group(1);
            if (!given.containsKey(name)) {
                List<String> value = words(assignment.group(2));
                if (value.size() > 1) {
                    throw new IllegalArgumentException("An assignment of several words: " + statement);
                }
                variables.put(name, value.isEmpty() ? "" : value.get(0));
            }
            return;
        }
        List<String> words = splitTopLevel(statement, '|').size() == 1 ? words(statement) : List.of();
        if (!words.isEmpty() && words.get(0).equals("curl")) {
            Curl curl = curl(words);
            examples.add(new Example(statement, comment, curl.request(), curl.run()));
            return;
        }
        throw new IllegalArgumentException("Not an example this test knows how to run: " + statement);
    }

    private String pipeline(String text) {
        String output = "";
        for (String command : splitTopLevel(text, '|')) {
            output = command(words(command.strip()), output);
        }
        return output;
    }

    private String command(List<String> words, String input) {
        return switch (words.get(0)) {
            case "curl" -> curl(words).run().text();
            case "grep" -> grepOnlyMatching(words, input);
            case "cut" -> cut(words, input);
            default -> throw new IllegalArgumentException("A command this test cannot run: " + words);
        };
    }

    /** A curl command: its request, and the file its answer goes to ({@code -o}), or none. */
    private record Curl(ReadmeShell shell, HttpRequest request, String output) {

        Answer run() {
            Answer answer = shell.send(request);
            if (output != null) {
                shell.write(output, answer.body());
            }
            return answer;
        }
    }

    private Curl curl(List<String> words) {
        HttpRequest.Builder request = HttpRequest.newBuilder().timeout(Duration.ofMinutes(1));
        List<String> data = new ArrayList<>();
        String method = null;
        String output = null;
        String url = null;
        boolean contentType = false;
        for (int i = 1; i < words.size(); i++) {
            String word = words.get(i);
            switch (word) {
                case "-s" -> {
                    // Silent: curl's progress meter, which a program does not have.
                }
                case "-H" -> {
                    String header = words.get(++i);
                    int colon = header.indexOf(':');
                    String name = header.substring(0, colon).strip();
                    contentType |= name.equalsIgnoreCase("Content-Type");
                    request.header(name, header.substring(colon + 1).strip());
                }
                case "-d" -> data.add(words.get(++i));
                case "-X" -> method = words.get(++i);
                case "-o" -> output = words.get(++i);
                default -> {
                    if (word.startsWith("-") || url != null) {
                        throw new IllegalArgumentException("A curl argument this test does not know: " + word);
                    }
                    url = word;
                }
            }
        }
        if (url == null) {
            throw new IllegalArgumentException("curl without an address: " + words);
        }
        if (!data.isEmpty() && !contentType) {
            request.header("Content-Type", "application/x-www-form-urlencoded");
        }
        HttpRequest.BodyPublisher body = data.isEmpty() ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(String.join("&", data));
        request.method(method != null ? method : data.isEmpty() ? "GET" : "POST", body).uri(URI.create(url));
        return new Curl(this, request.build(), output);
    }

    private Answer send(HttpRequest request) {
        try {
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not call " + request.uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while calling " + request.uri(), e);
        }
    }

    private void write(String file, byte[] body) {
        try {
            Files.write(workingDirectory.resolve(file), body);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + file, e);
        }
    }

    private static String grepOnlyMatching(List<String> words, String input) {
        if (words.size() != 3 || !words.get(1).equals("-o")) {
            throw new IllegalArgumentException("Only grep -o PATTERN is known to this test: " + words);
        }
        Matcher matches = Pattern.compile(words.get(2)).matcher(input);
        StringBuilder output = new StringBuilder();
        while (matches.find()) {
            output.append(matches.group()).append('\n');
        }
        return output.toString();
    }

    private static String cut(List<String> words, String input) {
        String delimiter = null;
        int field = 0;
        for (int i = 1; i < words.size(); i++) {
            String word = words.get(i);
            if (word.startsWith("-d")) {
                delimiter = word.length() > 2 ? word.substring(2) : words.get(++i);
            } else if (word.startsWith("-f")) {
                field = Integer.parseInt(word.length() > 2 ? word.substring(2) : words.get(++i));
            } else {
                throw new IllegalArgumentException("Only cut -d X -f N is known to this test: " + words);
            }
        }
        if (delimiter == null || delimiter.length() != 1 || field < 1) {
            throw new IllegalArgumentException("Only cut -d X -f N is known to this test: " + words);
        }
        String separator = delimiter;
        int index = field - 1;
        return input.lines().map(line -> {
            String[] fields = line.split(Pattern.quote(separator), -1);
            // As cut does: a line without the delimiter is printed whole, a missing field as nothing.
            return fields.length == 1 ? line : index < fields.length ? fields[index] : "";
        }).collect(Collectors.joining("\n", "", "\n"));
    }

    /** The words of a command after quoting, variables and command substitution, as bash would give them. */
    private List<String> words(String text) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                if (inWord) {
                    words.add(word.toString());
                    word.setLength(0);
                    inWord = false;
                }
                continue;
            }
            inWord = true;
            if (c == '\'') {
                int end = text.indexOf('\'', i + 1);
                word.append(text, i + 1, end);
                i = end;
            } else if (c == '"') {
                i = doubleQuoted(text, i + 1, word);
            } else if (c == '$') {
                i = expansion(text, i, word);
            } else if (c == '\\') {
                word.append(text.charAt(++i));
            } else {
                word.append(c);
            }
        }
        if (inWord) {
            words.add(word.toString());
        }
        return words;
    }

    /** Appends a double-quoted string starting at {@code start}; returns the index of its closing quote. */
    private int doubleQuoted(String text, int start, StringBuilder word) {
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                return i;
            } else if (c == '$') {
                i = expansion(text, i, word);
            } else if (c == '\\' && "\"\\$`".indexOf(text.charAt(i + 1)) >= 0) {
                word.append(text.charAt(++i));
            } else {
                word.append(c);
            }
        }
        throw new IllegalArgumentException("An unclosed double quote: " + text);
    }

    /** Appends the value of {@code $NAME}, {@code ${NAME}} or {@code $(...)} at {@code at}; returns its last index. */
    private int expansion(String text, int at, StringBuilder word) {
        if (text.startsWith("$(", at)) {
            int end = closingParenthesis(text, at + 2);
            String output = pipeline(text.substring(at + 2, end)).replaceAll("\\n+$", "");
            if (output.isEmpty()) {
                throw new IllegalStateException("$(" + text.substring(at + 2, end) + ") printed nothing");
            }
            word.append(output);
            return end;
        }
        boolean braced = text.startsWith("${", at);
        Matcher name = VARIABLE.matcher(text).region(at + (braced ? 2 : 1), text.length());
        if (!name.lookingAt()) {
            word.append('$');
            return at;
        }
        String value = variables.get(name.group());
        if (value == null) {
            throw new IllegalStateException("$" + name.group() + " is used before it is set");
        }
        word.append(value);
        return braced ? name.end() : name.end() - 1;
    }

    private static int closingParenthesis(String text, int from) {
        int end = nextTopLevel(text, from, ')');
        if (end < 0) {
            throw new IllegalArgumentException("An unclosed $( in " + text);
        }
        return end;
    }

    /** Splits at {@code separator} where it is outside quotes and command substitutions. */
    private static List<String> splitTopLevel(String text, char separator) {
        List<String> parts = new ArrayList<>();
        int start = 0;
        for (int at = nextTopLevel(text, start, separator); at >= 0; at = nextTopLevel(text, start, separator)) {
            parts.add(text.substring(start, at));
            start = at + 1;
        }
        parts.add(text.substring(start));
        return parts;
    }

    /**
     * The index of the first {@code wanted} character from {@code from} that is outside quotes and outside any
     * parentheses opened after {@code from} (a {@code ')'} closing one opened before it counts as wanted), or -1.
     */
    private static int nextTopLevel(String text, int from, char wanted) {
        int depth = 0;
        char quote = 0;
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                quote = c == quote ? 0 : quote;
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == wanted && depth == 0) {
                return i;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            }
        }
        return -1;
    }

    /** A line's code and its comment: a {@code #} that starts a word outside quotes starts the comment. */
    private static String[] splitComment(String line) {
        char quote = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote != 0) {
                quote = c == quote ? 0 : quote;
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == '#' && (i == 0 || Character.isWhitespace(line.charAt(i - 1)))) {
                return new String[] {line.substring(0, i), line.substring(i + 1).strip()};
            }
        }
        return new String[] {line, ""};
    }

    /** The block's lines with backslash continuations joined, and documented addresses replaced. */
    private List<String> logicalLines(String block) {
        String joined = block.replace("\\\n", " ");
        for (Map.Entry<String, String> address : addresses.entrySet()) {
            joined = joined.replace(address.getKey(), address.getValue());
        }
        return joined.lines().toList();
    }
}
