package nl.ipo.ledger.infra.web.pages.structuur;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.ipo.ledger.kernel.gremium.GremiumQueries.GremiumView;
import nl.ipo.ledger.kernel.gremium.GremiumType;

/**
 * The organisation chart of one day, laid out for an SVG drawn on the server: the AV on top, the
 * bestuur below it, then the adviescommissies and commissies as columns with the bodies under them
 * (by parent relation), then every other body. Hand-written because the layout is a few rows of
 * boxes; a graph-layout library would add a dependency for no gain.
 */
public record Organogram(
    int breedte, int hoogte, List<Vak> vakken, List<Lijn> lijnen, List<Tekst> koppen) {

  /** A box with its name in lines and a caption (type, number of seats). */
  public record Vak(
      int x, int y, int b, int h, List<String> regels, String onderschrift, String soort) {
    public int tekstX() {
      return x + 8;
    }

    public int regelY(int i) {
      return y + 18 + i * LINE;
    }

    public int onderschriftY() {
      return y + 18 + regels.size() * LINE;
    }
  }

  public record Lijn(int x1, int y1, int x2, int y2) {}

  public record Tekst(int x, int y, String tekst) {}

  static final int LINE = 15;
  private static final int MARGIN = 28;
  private static final int COLUMN = 160;
  private static final int GAP = 16;
  private static final int PER_ROW = 6;
  private static final int INDENT = 14;
  private static final int WIDTH = MARGIN + PER_ROW * COLUMN + (PER_ROW - 1) * GAP + 12;

  /** Types that form the columns of the commissies row, in this order. */
  private static final Set<GremiumType> COMMISSIES = Set.of(GremiumType.BAC, GremiumType.BC);

  public static Organogram van(List<GremiumView> gremia) {
    Map<String, GremiumView> byId = new LinkedHashMap<>();
    gremia.forEach(g -> byId.put(g.id(), g));
    Map<String, List<GremiumView>> children = new LinkedHashMap<>();
    List<GremiumView> roots = new ArrayList<>();
    for (GremiumView g : gremia) {
      if (g.parentId() != null && byId.containsKey(g.parentId())) {
        children.computeIfAbsent(g.parentId(), k -> new ArrayList<>()).add(g);
      } else {
        roots.add(g);
      }
    }
    Builder builder = new Builder(children);
    int y = 8;
    int center = WIDTH / 2;
    Vak top = null;
    for (GremiumView av : of(roots, Set.of(GremiumType.AV))) {
      top = builder.box(av, center - 140, y, 280);
      y += top.h() + 28;
    }
    Vak bestuur = null;
    for (GremiumView b : of(roots, Set.of(GremiumType.BESTUUR))) {
      Vak box = builder.box(b, center - 140, y, 280);
      if (top != null) {
        builder.lijnen.add(new Lijn(center, top.y() + top.h(), center, box.y()));
      }
      bestuur = bestuur == null ? box : bestuur;
      top = box;
      y += box.h() + 20;
    }
    List<GremiumView> commissies = of(roots, COMMISSIES);
    List<GremiumView> overig =
        roots.stream()
            .filter(
                g ->
                    g.type() != GremiumType.AV
                        && g.type() != GremiumType.BESTUUR
                        && !COMMISSIES.contains(g.type()))
            .toList();
    Integer firstBus = null;
    int lastBus = 0;
    for (List<GremiumView> group : List.of(commissies, overig)) {
      if (group.isEmpty()) {
        continue;
      }
      builder.koppen.add(
          new Tekst(
              MARGIN,
              y + 12,
              group == commissies
                  ? "Bestuurlijke adviescommissies en commissies"
                  : "Kopgroepen en overige gremia"));
      y += 22;
      for (int start = 0; start < group.size(); start += PER_ROW) {
        List<GremiumView> row = group.subList(start, Math.min(group.size(), start + PER_ROW));
        int bus = y;
        int top2 = y + 14;
        int bottom = top2;
        int x = MARGIN;
        for (GremiumView head : row) {
          builder.lijnen.add(new Lijn(x + COLUMN / 2, bus, x + COLUMN / 2, top2));
          bottom = Math.max(bottom, builder.column(head, x, top2, COLUMN));
          x += COLUMN + GAP;
        }
        builder.lijnen.add(new Lijn(12, bus, x - GAP - COLUMN / 2, bus));
        if (firstBus == null) {
          firstBus = bus;
        }
        lastBus = bus;
        y = bottom + 22;
      }
    }
    if (firstBus != null && bestuur != null) {
      int by = bestuur.y() + bestuur.h() / 2;
      builder.lijnen.add(new Lijn(bestuur.x(), by, 12, by));
      builder.lijnen.add(new Lijn(12, by, 12, lastBus));
    }
    return new Organogram(WIDTH, y + 8, builder.vakken, builder.lijnen, builder.koppen);
  }

  private static List<GremiumView> of(List<GremiumView> roots, Set<GremiumType> types) {
    return roots.stream()
        .filter(g -> types.contains(g.type()))
        .sorted(
            Comparator.comparing(GremiumView::type)
                .thenComparing(GremiumView::name, String.CASE_INSENSITIVE_ORDER))
        .collect(Collectors.toList());
  }

  /** Words wrapped into lines of at most {@code width} characters; a longer word stands alone. */
  static List<String> wrap(String text, int width) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.split("\\s+")) {
      if (!line.isEmpty() && line.length() + 1 + word.length() > width) {
        lines.add(line.toString());
        line.setLength(0);
      }
      if (!line.isEmpty()) {
        line.append(' ');
      }
      line.append(word);
    }
    if (!line.isEmpty()) {
      lines.add(line.toString());
    }
    return lines;
  }

  private static final class Builder {
    final List<Vak> vakken = new ArrayList<>();
    final List<Lijn> lijnen = new ArrayList<>();
    final List<Tekst> koppen = new ArrayList<>();
    final Map<String, List<GremiumView>> children;

    Builder(Map<String, List<GremiumView>> children) {
      this.children = children;
    }

    Vak box(GremiumView g, int x, int y, int width) {
      List<String> lines = wrap(g.name(), Math.max(8, (width - 14) / 7));
      String caption =
          g.members().isEmpty()
              ? g.type().label()
              : g.type().label() + " · " + g.members().size() + " zetels";
      int height = 14 + (lines.size() + 1) * LINE;
      Vak vak =
          new Vak(
              x,
              y,
              width,
              height,
              lines,
              caption,
              g.type().name().toLowerCase(java.util.Locale.ROOT));
      vakken.add(vak);
      return vak;
    }

    /** A body and, indented under it, everything below it; returns the lowest y used. */
    int column(GremiumView head, int x, int y, int width) {
      Vak vak = box(head, x, y, width);
      int bottom = y + vak.h();
      for (GremiumView child : children.getOrDefault(head.id(), List.of())) {
        int childY = bottom + 10;
        int lineX = x + INDENT / 2;
        int childBottom = column(child, x + INDENT, childY, width - INDENT);
        int mid = childY + 16;
        lijnen.add(new Lijn(lineX, bottom, lineX, mid));
        lijnen.add(new Lijn(lineX, mid, x + INDENT, mid));
        bottom = childBottom;
      }
      return bottom;
    }
  }
}
