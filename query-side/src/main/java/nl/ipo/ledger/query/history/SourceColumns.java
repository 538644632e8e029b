package nl.ipo.ledger.query.history;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import nl.ipo.ledger.kernel.common.Source;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A fact's {@link Source} as five columns of a read model's row: {@code source_document}, {@code
 * source_place}, {@code source_quote}, {@code source_note} and {@code source_absent} (why a fact
 * without a citation has none), each optionally behind a prefix for a row that keeps the sources of
 * two facts (a membership's appointment and its end). Every projection that shows a fact keeps its
 * source this way, so that every view returns it and reads it alike.
 */
public final class SourceColumns {

  private SourceColumns() {}

  /** The column list, e.g. {@code end_source_document, …} for the prefix {@code end_}. */
  public static String columns(String prefix) {
    return String.join(
        ", ",
        prefix + "source_document",
        prefix + "source_place",
        prefix + "source_quote",
        prefix + "source_note",
        prefix + "source_absent");
  }

  /** The named parameters matching {@link #columns(String)}, e.g. {@code :end_source_document}. */
  public static String parameters(String prefix) {
    return ":" + columns(prefix).replace(", ", ", :");
  }

  /** An update's assignments, e.g. {@code end_source_document = :end_source_document, …}. */
  public static String assignments(String prefix) {
    StringBuilder sql = new StringBuilder();
    for (String column : columns(prefix).split(", ")) {
      sql.append(sql.isEmpty() ? "" : ", ").append(column).append(" = :").append(column);
    }
    return sql.toString();
  }

  /** Binds the source of the fact recorded with {@code metaData} to the parameters. */
  public static JdbcClient.StatementSpec bind(
      JdbcClient.StatementSpec statement, String prefix, Map<String, ?> metaData) {
    Source source = Source.of(metaData);
    return statement
        .param(prefix + "source_document", source.document())
        .param(prefix + "source_place", source.place())
        .param(prefix + "source_quote", source.quote())
        .param(prefix + "source_note", source.note())
        .param(prefix + "source_absent", source.noSourceReason());
  }

  /**
   * The source kept in the row; null where the row keeps none (a membership that has not ended, a
   * row written before the read model kept sources is rebuilt, so it never reads as null).
   */
  public static Source read(ResultSet rs, String prefix) throws SQLException {
    String document = rs.getString(prefix + "source_document");
    String quote = rs.getString(prefix + "source_quote");
    String note = rs.getString(prefix + "source_note");
    String absent = rs.getString(prefix + "source_absent");
    if (document == null && quote == null && note == null) {
      return absent == null ? null : Source.none(absent);
    }
    return Source.cited(document, rs.getString(prefix + "source_place"), quote, note);
  }
}
