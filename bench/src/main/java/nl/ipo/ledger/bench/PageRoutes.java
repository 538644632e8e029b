package nl.ipo.ledger.bench;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The pages to measure, found as a user finds them: by following the links from the start page. One
 * URL per route shape (ids replaced, query parameter names kept), so a new page is measured as soon
 * as it is linked, and a list of a thousand bodies is not measured a thousand times.
 */
final class PageRoutes {

  private static final Pattern HREF = Pattern.compile("href=\"(/[^\"#]*)\"");
  private static final Pattern ID =
      Pattern.compile(
          "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}|\\d{2,}");
  private static final List<String> SKIPPED =
      List.of(
          "/afmelden", "/aanmelden", "/css/", "/webjars/", "/img/", "/favicon", "/swagger", "/v3/");

  private PageRoutes() {}

  /** Breadth-first from "/", at most {@code depth} links deep and {@code max} shapes. */
  static Map<String, String> discover(PageSession session, int depth, int max) {
    Map<String, String> byShape = new LinkedHashMap<>();
    Deque<String[]> queue = new ArrayDeque<>();
    queue.add(new String[] {"/", "0"});
    byShape.put(shape("/"), "/");
    while (!queue.isEmpty() && byShape.size() < max) {
      String[] next = queue.poll();
      int level = Integer.parseInt(next[1]);
      var response = session.get(next[0]);
      String type = response.headers().firstValue("Content-Type").orElse("");
      if (response.statusCode() != 200 || !type.startsWith("text/html") || level >= depth) {
        continue;
      }
      for (String link : links(response.body())) {
        String shape = shape(link);
        if (!byShape.containsKey(shape) && byShape.size() < max) {
          byShape.put(shape, link);
          queue.add(new String[] {link, Integer.toString(level + 1)});
        }
      }
    }
    return byShape;
  }

  static List<String> links(String html) {
    List<String> links = new ArrayList<>();
    Matcher m = HREF.matcher(html);
    while (m.find()) {
      String link = m.group(1).replace("&amp;", "&");
      boolean download =
          link.contains("export") || link.matches(".*\\.(csv|json|pem|txt|bin)(\\?.*)?");
      if (SKIPPED.stream().noneMatch(link::startsWith) && !download) {
        links.add(link);
      }
    }
    return links;
  }

  /** "/gremia/{id}?datum" for "/gremia/5f0c…?datum=2023-10-01". */
  static String shape(String link) {
    int q = link.indexOf('?');
    String path = ID.matcher(q < 0 ? link : link.substring(0, q)).replaceAll("{id}");
    if (q < 0) {
      return path;
    }
    TreeSet<String> names = new TreeSet<>();
    for (String pair : link.substring(q + 1).split("&")) {
      if (!pair.isEmpty()) {
        names.add(pair.split("=", 2)[0]);
      }
    }
    return path + "?" + String.join("&", names);
  }
}
