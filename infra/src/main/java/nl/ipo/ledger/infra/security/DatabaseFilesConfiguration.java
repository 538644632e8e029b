package nl.ipo.ledger.infra.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;

/**
 * Keeps the embedded H2 database's files to the ledger's own account. H2 creates them with the
 * process's umask (typically {@code 0644}). So, before the pool opens the first connection, the
 * directory is created {@code 0700} and H2's trace file {@code 0600}: H2 appends to an existing
 * trace file and keeps its mode, but creates one only when it has an error to report, which may be
 * while it shuts down, after any listener could tighten it. The other files H2 made ({@code
 * .mv.db}, …) are set to {@code 0600} once the ledger has started, and again when it stops.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseFilesConfiguration {

  private static final Logger log = LoggerFactory.getLogger(DatabaseFilesConfiguration.class);

  private final Environment environment;

  DatabaseFilesConfiguration(Environment environment) {
    this.environment = environment;
  }

  /**
   * Runs when the DataSource bean is made, before anything asks it for a connection: Spring Boot's
   * pools open lazily.
   */
  @Bean
  static BeanPostProcessor privateDatabaseDirectory(Environment environment) {
    return new BeanPostProcessor() {
      @Override
      public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource) {
          databaseFile(environment).ifPresent(DatabaseFilesConfiguration::prepareDirectory);
        }
        return bean;
      }
    };
  }

  @EventListener({ApplicationReadyEvent.class, ContextClosedEvent.class})
  void restrictDatabaseFiles() {
    databaseFile(environment)
        .ifPresent(
            base -> {
              try {
                restrictDatabaseFiles(base);
              } catch (IOException e) {
                log.warn("Could not make the database files {}.* private: {}", base, e.toString());
              }
            });
  }

  private static Optional<Path> databaseFile(Environment environment) {
    return EmbeddedDatabase.h2FileBase(EmbeddedDatabase.url(environment))
        .map(p -> p.toAbsolutePath().normalize());
  }

  private static void prepareDirectory(Path base) {
    Path directory = base.getParent();
    try {
      if (!Files.isDirectory(directory)) {
        PrivateFiles.createDirectories(directory);
      } else if (PrivateFiles.openToOthers(directory)) {
        log.warn(
            "The database directory {} may be opened by other accounts on this machine; the"
                + " ledger makes its own files private, but consider chmod 700 on the directory",
            directory);
      }
      Path trace = base.resolveSibling(base.getFileName() + ".trace.db");
      if (!Files.exists(trace)) {
        PrivateFiles.writeNew(trace, "");
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot prepare the database directory " + directory, e);
    }
  }

  /** Every file H2 made for this database: the name followed by {@code .}. */
  static void restrictDatabaseFiles(Path base) throws IOException {
    Path directory = base.getParent();
    if (!Files.isDirectory(directory)) {
      return;
    }
    String prefix = base.getFileName() + ".";
    try (DirectoryStream<Path> files = Files.newDirectoryStream(directory, prefix + "*")) {
      for (Path file : files) {
        if (Files.isRegularFile(file)) {
          PrivateFiles.restrictToOwner(file);
        }
      }
    }
  }
}
