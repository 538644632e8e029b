package nl.ipo.ledger.infra.web.pages.structuur;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.ipo.ledger.kernel.gremium.GremiumQueries.ChangeKind;
import nl.ipo.ledger.kernel.gremium.GremiumQueries.GremiumChange;
import nl.ipo.ledger.kernel.gremium.GremiumQueries.GremiumRef;

/**
 * The mergers between two days as a picture: the merged bodies on the left, the bodies they went
 * into on the right, a band from each old body to each new one. Laid out here, drawn as SVG by the
 * template.
 */
public record Stroomplaat(
    int breedte, int hoogte, List<Vak> links, List<Vak> rechts, List<Band> banden) {

  public record Vak(int x, int y, int b, int h, String naam, int kleur) {
    public int tekstY() {
      return y + h / 2 + 5;
    }
  }

  /** A band as an SVG path, coloured after the body it flows into. */
  public record Band(String pad, int kleur) {}

  /** How many colours the stylesheet defines for the bands ({@code .stroom-0} and on). */
  static final int COLOURS = 5;

  private static final int WIDTH = 980;
  private static final int BOX_W = 330;
  private static final int BOX_H = 34;
  private static final int STEP = 44;
  private static final int TOP = 40;

  /** The picture, or null when no merger took effect in the interval. */
  public static Stroomplaat van(List<GremiumChange> changes) {
    Map<String, List<GremiumRef>> into = new LinkedHashMap<>();
    Map<String, String> oldNames = new LinkedHashMap<>();
    Map<String, GremiumRef> successors = new LinkedHashMap<>();
    for (GremiumChange c : changes) {
      if (c.kind() == ChangeKind.MERGED) {
        into.put(c.gremiumId(), c.related());
        oldNames.put(c.gremiumId(), c.name());
        c.related().forEach(s -> successors.putIfAbsent(s.id(), s));
      }
    }
    if (into.isEmpty()) {
      return null;
    }
    List<GremiumRef> right = new ArrayList<>(successors.values());
    right.sort(Comparator.comparing(GremiumRef::name, String.CASE_INSENSITIVE_ORDER));
    // old bodies grouped under the first new body they flow into, so few bands cross
    List<String> left = new ArrayList<>(into.keySet());
    left.sort(
        Comparator.<String>comparingInt(id -> right.indexOf(into.get(id).get(0)))
            .thenComparing(oldNames::get, String.CASE_INSENSITIVE_ORDER));
    List<Vak> leftBoxes = new ArrayList<>();
    Map<String, Vak> leftById = new LinkedHashMap<>();
    for (int i = 0; i < left.size(); i++) {
      String id = left.get(i);
      Vak vak =
          new Vak(
              20,
              TOP + i * STEP,
              BOX_W,
              BOX_H,
              oldNames.get(id),
              right.indexOf(into.get(id).get(0)) % COLOURS);
      leftBoxes.add(vak);
      leftById.put(id, vak);
    }
    int leftHeight = left.size() * STEP;
    int rightStep = Math.max(STEP, leftHeight / right.size());
    int rightTop = TOP + (leftHeight - rightStep * right.size()) / 2 + (rightStep - STEP) / 2;
    List<Vak> rightBoxes = new ArrayList<>();
    Map<String, Vak> rightById = new LinkedHashMap<>();
    for (int i = 0; i < right.size(); i++) {
      GremiumRef s = right.get(i);
      Vak vak =
          new Vak(
              WIDTH - 20 - BOX_W,
              Math.max(TOP, rightTop) + i * rightStep,
              BOX_W,
              BOX_H,
              s.name(),
              i % COLOURS);
      rightBoxes.add(vak);
      rightById.put(s.id(), vak);
    }
    List<Band> bands = new ArrayList<>();
    into.forEach(
        (oldId, targets) -> {
          Vak from = leftById.get(oldId);
          for (GremiumRef target : targets) {
            Vak to = rightById.get(target.id());
            int x1 = from.x() + from.b();
            int y1 = from.y() + from.h() / 2;
            int x2 = to.x();
            int y2 = to.y() + to.h() / 2;
            int mid = (x1 + x2) / 2;
            bands.add(
                new Band(
                    "M" + x1 + " " + y1 + " C" + mid + " " + y1 + ", " + mid + " " + y2 + ", " + x2
                        + " " + y2,
                    to.kleur()));
          }
        });
    int height =
        Math.max(
                TOP + leftHeight,
                rightBoxes.get(rightBoxes.size() - 1).y() + BOX_H + (STEP - BOX_H))
            + 10;
    return new Stroomplaat(WIDTH, height, leftBoxes, rightBoxes, bands);
  }
}
