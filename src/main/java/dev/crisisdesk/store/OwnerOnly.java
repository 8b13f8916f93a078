package dev.crisisdesk.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The embedded store holds every brand's comments and key hashes: its folder is created (or
 * tightened) to the service's user alone, and the files already in it readable by that user only.
 * On a file system without POSIX permissions nothing changes.
 */
final class OwnerOnly {
  private static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");
  private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

  private OwnerOnly() {}

  static void folder(Path folder) {
    try {
      if (!posix(folder)) {
        Files.createDirectories(folder);
        return;
      }
      if (Files.notExists(folder)) Files.createDirectories(folder, PosixFilePermissions.asFileAttribute(FOLDER));
      Files.setPosixFilePermissions(folder, FOLDER);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot make the data folder " + folder + " private", e);
    }
  }

  static void files(Path folder) {
    if (!posix(folder)) return;
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        if (Files.isRegularFile(file)) Files.setPosixFilePermissions(file, FILE);
        else if (Files.isDirectory(file)) Files.setPosixFilePermissions(file, FOLDER);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot make the files in " + folder + " private", e);
    }
  }

  private static boolean posix(Path path) {
    Path probe = path.toAbsolutePath();
    while (probe != null && Files.notExists(probe)) probe = probe.getParent();
    try {
      return probe != null && Files.getFileStore(probe).supportsFileAttributeView("posix");
    } catch (IOException e) {
      return false;
    }
  }
}
