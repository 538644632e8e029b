package nl.ipo.ledger.command;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.axonframework.serialization.Revision;
import org.junit.jupiter.api.Test;

/**
 * Keeps docs/events.md, the catalogue re-users and reviewers read, in step with the code: every
 * event with its revision and fields, every rule code of every feature, and for each code the one
 * policy class named after it (library's {@code PlacingOnHoldPolicy}: the folder and the file name
 * say the rule).
 */
class EventCatalogueTest {

  private static final Pattern SECTION =
      Pattern.compile("^## .*\\(`nl\\.ipo\\.ledger\\.kernel\\.(\\w+)\\.(\\w+)`\\)");
  private static final Pattern TICKED = Pattern.compile("`([^`]+)`");
  private static final Pattern EVENT_NAME = Pattern.compile("^`(\\w+)` \\((\\d+)\\)$");

  private static final JavaClasses COMMAND_SIDE =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("nl.ipo.ledger.command");

  /** A section of the catalogue: one feature's events and rules. */
  private record Section(
      String feature,
      String eventInterface,
      Map<String, String> events,
      Map<String, List<String>> fields,
      Map<String, String> rules) {}

  @Test
  void everyEventIsCatalogued_withItsRevisionAndEveryField() throws Exception {
    for (Section section : catalogue()) {
      Class<?> events =
          Class.forName(
              "nl.ipo.ledger.kernel." + section.feature() + "." + section.eventInterface());
      Map<String, String> inCode = new TreeMap<>();
      for (Class<?> event : events.getPermittedSubclasses()) {
        Revision revision = event.getAnnotation(Revision.class);
        assertThat(revision).as(event.getName() + " has a @Revision").isNotNull();
        inCode.put(event.getSimpleName(), revision.value());
        List<String> documented = section.fields().get(event.getSimpleName());
        if (documented != null) {
          for (RecordComponent component : event.getRecordComponents()) {
            assertThat(documented)
                .as("fields of " + event.getSimpleName() + " in docs/events.md")
                .contains(component.getName());
          }
        }
      }
      assertThat(new TreeMap<>(section.events()))
          .as("events of " + section.eventInterface() + " (name → revision) in docs/events.md")
          .isEqualTo(inCode);
    }
  }

  @Test
  void everyRuleCodeIsCatalogued_inItsFeaturesSection() throws IOException {
    Map<String, Set<String>> codesInCode = ruleCodesPerFeature();
    Map<String, Section> sections =
        catalogue().stream().collect(Collectors.toMap(Section::feature, s -> s));
    for (Map.Entry<String, Set<String>> feature : codesInCode.entrySet()) {
      assertThat(sections).as("a section for " + feature.getKey()).containsKey(feature.getKey());
      assertThat(sections.get(feature.getKey()).rules().keySet())
          .as("rule codes of " + feature.getKey() + " in docs/events.md")
          .containsAll(feature.getValue());
    }
    Set<String> every =
        codesInCode.values().stream().flatMap(Set::stream).collect(Collectors.toSet());
    for (Section section : sections.values()) {
      assertThat(every)
          .as("codes documented for " + section.feature() + " exist in the code")
          .containsAll(section.rules().keySet());
    }
  }

  @Test
  void everyRuleCodeNamesItsOwnPolicy_andEveryPolicyIsCatalogued() throws IOException {
    Set<String> policies =
        COMMAND_SIDE.stream()
            .map(JavaClass::getSimpleName)
            .filter(name -> name.endsWith("Policy"))
            .collect(Collectors.toCollection(TreeSet::new));
    Set<String> documented = new TreeSet<>();
    for (Section section : catalogue()) {
      for (Map.Entry<String, String> rule : section.rules().entrySet()) {
        assertThat(rule.getValue())
            .as("the policy of " + rule.getKey() + " is named after it")
            .isEqualTo(policyName(rule.getKey()));
        assertThat(policies).as("a class " + rule.getValue()).contains(rule.getValue());
        documented.add(rule.getValue());
      }
    }
    assertThat(documented).as("every *Policy class is in docs/events.md").isEqualTo(policies);
  }

  /** DATES_ORDERED → DatesOrderedPolicy. */
  static String policyName(String code) {
    StringBuilder name = new StringBuilder();
    for (String word : code.split("_")) {
      name.append(word.charAt(0)).append(word.substring(1).toLowerCase(java.util.Locale.ROOT));
    }
    return name.append("Policy").toString();
  }

  /**
   * The code strings of every feature's {@code *Rule} class, by feature (the package under {@code
   * nl.ipo.ledger.command}); {@code CORRECTION_OBEYS_THE_RULES} belongs to the corrections.
   */
  private static Map<String, Set<String>> ruleCodesPerFeature() {
    Map<String, Set<String>> codes = new TreeMap<>();
    for (JavaClass type : COMMAND_SIDE) {
      if (!type.getSimpleName().endsWith("Rule") || type.isNestedClass()) {
        continue;
      }
      String feature = type.getPackageName().substring("nl.ipo.ledger.command.".length());
      codes.computeIfAbsent(feature.split("\\.")[0], f -> new TreeSet<>()).addAll(constants(type));
    }
    codes
        .computeIfAbsent("rectificatie", f -> new TreeSet<>())
        .add(CorrectionObeysTheRulesPolicy.CORRECTION_OBEYS_THE_RULES);
    return codes;
  }

  private static Set<String> constants(JavaClass type) {
    Set<String> values = new TreeSet<>();
    for (Field field : type.reflect().getDeclaredFields()) {
      int modifiers = field.getModifiers();
      if (Modifier.isStatic(modifiers) && field.getType() == String.class) {
        try {
          field.setAccessible(true);
          values.add((String) field.get(null));
        } catch (IllegalAccessException e) {
          throw new IllegalStateException(e);
        }
      }
    }
    return values;
  }

  private static List<Section> catalogue() throws IOException {
    Path file = Path.of("..", "docs", "events.md");
    if (!Files.exists(file)) {
      file = Path.of("docs", "events.md");
    }
    List<Section> sections = new ArrayList<>();
    Section current = null;
    String table = null;
    for (String line : Files.readAllLines(file)) {
      Matcher heading = SECTION.matcher(line);
      if (heading.find()) {
        current =
            new Section(
                heading.group(1),
                heading.group(2),
                new LinkedHashMap<>(),
                new HashMap<>(),
                new LinkedHashMap<>());
        sections.add(current);
        table = null;
      } else if (line.startsWith("## ")) {
        current = null;
      } else if (current == null) {
        continue;
      } else if (line.startsWith("| event (revision) |")) {
        table = "events";
      } else if (line.startsWith("| code | policy | rule |")) {
        table = "rules";
      } else if (!line.startsWith("|")) {
        table = null;
      } else if (table != null && !line.startsWith("|---")) {
        String[] cells = line.split("\\|");
        if (table.equals("events")) {
          Matcher name = EVENT_NAME.matcher(cells[1].strip());
          assertThat(name.matches()).as("an event cell: " + cells[1]).isTrue();
          current.events().put(name.group(1), name.group(2));
          current.fields().put(name.group(1), ticked(cells[2]));
        } else {
          List<String> code = ticked(cells[1]);
          List<String> policy = ticked(cells[2]);
          assertThat(policy).as("one policy for " + code).hasSize(1);
          current.rules().put(code.get(0), policy.get(0));
        }
      }
    }
    assertThat(sections).as("sections of docs/events.md").hasSizeGreaterThanOrEqualTo(7);
    return sections;
  }

  private static List<String> ticked(String cell) {
    List<String> names = new ArrayList<>();
    Matcher matcher = TICKED.matcher(cell);
    while (matcher.find()) {
      names.add(matcher.group(1));
    }
    return names;
  }
}
