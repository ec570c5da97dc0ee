package com.digesttranslator.translate.quality;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An OpenAI-compatible chat-completions server that replays recorded translations: each request
 * gets the recorded translation of the abstract it is for, as a real model's reply would be.
 *
 * <p>The job masks protected spans before sending, so a request reads {@code "… ZX1Z achieves …"}.
 * The server finds the abstract by matching the request against every recorded source, with each
 * placeholder standing for any text; the match tells which span each placeholder hides. Where that
 * span appears in the recorded translation it is replaced by its placeholder, so restoring works as
 * it would after a model that copied the placeholder; a span the recorded translation does not
 * carry verbatim (the model transliterated or dropped it) gets its placeholder at the corresponding
 * place, as a model shown the placeholder would have kept it. A request for part of an abstract
 * (the job splits long ones) gets the sentences of the translation at the same relative place.
 */
final class ReplayChatServer implements AutoCloseable {

  /** A recorded source and the translation a model gave for it. */
  record Recording(String id, String source, String translation) {}

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern PLACEHOLDER = Pattern.compile("ZX\\d+Z");
  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?。])\\s+");

  private final List<Recording> recordings;
  private final HttpServer server;
  private final ExecutorService threads = Executors.newFixedThreadPool(4);
  private final Map<String, AtomicInteger> requests = new ConcurrentHashMap<>();
  private final AtomicInteger placedVerbatim = new AtomicInteger();
  private final AtomicInteger placedByPosition = new AtomicInteger();
  private final AtomicInteger unmatched = new AtomicInteger();

  ReplayChatServer(List<Recording> recordings) throws IOException {
    this.recordings = List.copyOf(recordings);
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 64);
    server.setExecutor(threads);
    server.createContext(
        "/v1/models",
        ex ->
            reply(
                ex,
                200,
                "{\"object\":\"list\",\"data\":[{\"id\":\"replay\",\"object\":\"model\"}]}"));
    server.createContext("/v1/chat/completions", this::complete);
    server.start();
  }

  String endpoint() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /** Requests per recording id. */
  int requestsFor(String id) {
    AtomicInteger n = requests.get(id);
    return n == null ? 0 : n.get();
  }

  int placedVerbatim() {
    return placedVerbatim.get();
  }

  int placedByPosition() {
    return placedByPosition.get();
  }

  int unmatched() {
    return unmatched.get();
  }

  private void complete(HttpExchange exchange) throws IOException {
    JsonNode body = JSON.readTree(exchange.getRequestBody());
    String text = "";
    for (JsonNode message : body.path("messages")) {
      if ("user".equals(message.path("role").asText())) {
        text = message.path("content").asText();
      }
    }
    String answer = answer(text);
    if (answer == null) {
      unmatched.incrementAndGet();
      reply(exchange, 400, "{\"error\":{\"message\":\"no recorded translation for this text\"}}");
      return;
    }
    ObjectNode out = JSON.createObjectNode();
    out.put("id", "replay").put("object", "chat.completion").put("model", "replay");
    ObjectNode choice = out.putArray("choices").addObject();
    choice.put("index", 0).put("finish_reason", "stop");
    choice.putObject("message").put("role", "assistant").put("content", answer);
    reply(exchange, 200, JSON.writeValueAsString(out));
  }

  /** The recorded translation for the masked {@code text}, placeholders in place; null if none. */
  String answer(String text) {
    Matcher tokens = PLACEHOLDER.matcher(text);
    List<String> placeholders = new ArrayList<>();
    // A request is the whole source or a run of its sentences: it starts and ends at a boundary,
    // which keeps a placeholder at its end ("page: ZX7Z.") from matching a URL's first dot only.
    StringBuilder regex = new StringBuilder("(?<![^\\s])");
    int last = 0;
    while (tokens.find()) {
      regex.append(Pattern.quote(text.substring(last, tokens.start()))).append("(.+?)");
      placeholders.add(tokens.group());
      last = tokens.end();
    }
    regex.append(Pattern.quote(text.substring(last))).append("(?![^\\s])");
    Pattern request = Pattern.compile(regex.toString(), Pattern.DOTALL);
    for (Recording recording : recordings) {
      Matcher m = request.matcher(recording.source());
      if (m.find()) {
        requests.computeIfAbsent(recording.id(), k -> new AtomicInteger()).incrementAndGet();
        String part = part(recording, m.start(), m.end());
        List<Span> spans = new ArrayList<>();
        for (int g = 1; g <= placeholders.size(); g++) {
          double at = (double) (m.start(g) - m.start()) / Math.max(1, m.end() - m.start());
          spans.add(new Span(placeholders.get(g - 1), m.group(g), at));
        }
        return withPlaceholders(part, spans);
      }
    }
    return null;
  }

  /** A protected span: its placeholder, its text, and its relative place in the request. */
  private record Span(String placeholder, String original, double at) {}

  /** A replacement in the translation: [start, end) becomes {@code text}. */
  private record Edit(int start, int end, String text) {}

  /**
   * The sentences of the translation at the relative place of source characters [start, end): each
   * cut goes to the sentence end nearest to the same share of the translation.
   */
  private static String part(Recording recording, int start, int end) {
    int length = recording.source().length();
    if (start == 0 && end >= recording.source().strip().length()) {
      return recording.translation();
    }
    String translation = recording.translation();
    return translation
        .substring(
            cut(translation, (double) start / length), cut(translation, (double) end / length))
        .strip();
  }

  private static int cut(String text, double share) {
    if (share <= 0) {
      return 0;
    }
    if (share >= 1) {
      return text.length();
    }
    int target = (int) Math.round(share * text.length());
    int best = text.length();
    Matcher ends = SENTENCE_END.matcher(text);
    while (ends.find()) {
      if (Math.abs(ends.start() - target) < Math.abs(best - target)) {
        best = ends.start();
      }
    }
    return best;
  }

  private String withPlaceholders(String translation, List<Span> spans) {
    List<Edit> edits = new ArrayList<>();
    List<Span> longestFirst = new ArrayList<>(spans);
    longestFirst.sort(Comparator.comparingInt((Span s) -> s.original().length()).reversed());
    for (Span span : longestFirst) {
      Edit found = free(translation, span, edits);
      if (found != null) {
        edits.add(found);
        placedVerbatim.incrementAndGet();
      } else {
        int near =
            wordBoundaryNear(
                translation, (int) Math.round(span.at() * translation.length()), edits);
        edits.add(new Edit(near, near, " " + span.placeholder() + " "));
        placedByPosition.incrementAndGet();
      }
    }
    edits.sort(Comparator.comparingInt(Edit::start).thenComparingInt(Edit::end));
    StringBuilder out = new StringBuilder();
    int last = 0;
    for (Edit edit : edits) {
      out.append(translation, last, edit.start()).append(edit.text());
      last = edit.end();
    }
    return out.append(translation.substring(last)).toString();
  }

  /**
   * The first occurrence of {@code span} that no edit covers yet: as sent, then in any case, then
   * as models write it ({@code 90\\%} as {@code 90%}, {@code LLMs} as {@code LLM}).
   */
  private static Edit free(String text, Span span, List<Edit> edits) {
    String original = span.original();
    List<String> forms = new ArrayList<>(List.of(original, original.replace("\\", "")));
    if (original.matches(".*[A-Z]s")) {
      forms.add(original.substring(0, original.length() - 1));
    }
    for (String form : forms.stream().filter(f -> !f.isEmpty()).toList()) {
      for (boolean ignoreCase : new boolean[] {false, true}) {
        int at = occurrence(text, form, ignoreCase, edits);
        if (at >= 0) {
          return new Edit(at, at + form.length(), span.placeholder());
        }
      }
    }
    return null;
  }

  private static int occurrence(String text, String form, boolean ignoreCase, List<Edit> edits) {
    for (int i = 0; i + form.length() <= text.length(); i++) {
      if (text.regionMatches(ignoreCase, i, form, 0, form.length())
          && untouched(i, i + form.length(), edits)) {
        return i;
      }
    }
    return -1;
  }

  private static boolean untouched(int start, int end, List<Edit> edits) {
    return edits.stream()
        .noneMatch(
            e ->
                start < e.end() && e.start() < end
                    || e.start() == e.end() && start < e.start() && e.start() < end);
  }

  /** The whitespace position nearest to {@code target} outside every edit (or the end). */
  private static int wordBoundaryNear(String text, int target, List<Edit> edits) {
    int best = text.length();
    for (int i = 0; i < text.length(); i++) {
      if (Character.isWhitespace(text.charAt(i))
          && untouched(i, i + 1, edits)
          && Math.abs(i - target) < Math.abs(best - target)) {
        best = i;
      }
    }
    return best;
  }

  private static void reply(HttpExchange exchange, int status, String json) throws IOException {
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  @Override
  public void close() {
    server.stop(0);
    threads.shutdownNow();
  }
}
