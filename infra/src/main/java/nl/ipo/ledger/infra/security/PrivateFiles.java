package nl.ipo.ledger.infra.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Set;

/**
 * Files only the ledger's own account may read: the signing key and the embedded database. On a
 * POSIX file system directories the ledger creates are {@code 0700} and its files {@code 0600},
 * whatever the process's umask; elsewhere (Windows) the file system's defaults apply.
 */
public final class PrivateFiles {

  static final Set<PosixFilePermission> OWNER_FILE = PosixFilePermissions.fromString("rw-------");
  static final Set<PosixFilePermission> OWNER_DIRECTORY =
      PosixFilePermissions.fromString("rwx------");

  private PrivateFiles() {}

  /** Creates the directory and any missing parents, each new one {@code 0700}. */
  public static void createDirectories(Path directory) throws IOException {
    Path absolute = directory.toAbsolutePath().normalize();
    if (Files.isDirectory(absolute)) {
      return;
    }
    Path parent = absolute.getParent();
    if (parent != null) {
      createDirectories(parent);
    }
    try {
      if (posix(parent)) {
        Files.createDirectory(absolute, attribute(OWNER_DIRECTORY));
        // the umask may have taken bits away from the mode asked for, never added: set it exactly
        Files.setPosixFilePermissions(absolute, OWNER_DIRECTORY);
      } else {
        Files.createDirectory(absolute);
      }
    } catch (FileAlreadyExistsException raced) {
      if (!Files.isDirectory(absolute)) {
        throw raced;
      }
    }
  }

  /**
   * Writes a new file, {@code 0600} from its first byte, so there is no moment at which others
   * could open it. Fails if the file exists.
   */
  public static void writeNew(Path file, String content) throws IOException {
    Path absolute = file.toAbsolutePath().normalize();
    createDirectories(absolute.getParent());
    if (posix(absolute.getParent())) {
      Files.createFile(absolute, attribute(OWNER_FILE));
      Files.setPosixFilePermissions(absolute, OWNER_FILE);
    } else {
      Files.createFile(absolute);
    }
    Files.writeString(
        absolute,
        content,
        StandardCharsets.UTF_8,
        StandardOpenOption.WRITE,
        StandardOpenOption.TRUNCATE_EXISTING);
  }

  /** Takes every permission of group and others away from an existing file or directory. */
  public static void restrictToOwner(Path path) throws IOException {
    if (!Files.exists(path) || !posix(path)) {
      return;
    }
    Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(path);
    Set<PosixFilePermission> owner = EnumSet.noneOf(PosixFilePermission.class);
    for (PosixFilePermission p : permissions) {
      if (p.name().startsWith("OWNER_")) {
        owner.add(p);
      }
    }
    if (!owner.equals(permissions)) {
      Files.setPosixFilePermissions(path, owner);
    }
  }

  /** Whether group or others may read, write or enter the path (false where that is unknown). */
  public static boolean openToOthers(Path path) throws IOException {
    if (!Files.exists(path) || !posix(path)) {
      return false;
    }
    return Files.getPosixFilePermissions(path).stream()
        .anyMatch(p -> !p.name().startsWith("OWNER_"));
  }

  private static boolean posix(Path existing) {
    return existing != null
        && Files.getFileAttributeView(existing, PosixFileAttributeView.class) != null;
  }

  private static FileAttribute<Set<PosixFilePermission>> attribute(
      Set<PosixFilePermission> permissions) {
    return PosixFilePermissions.asFileAttribute(permissions);
  }
}
