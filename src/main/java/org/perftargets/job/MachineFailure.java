package org.perftargets.job;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The machine refused a write (output path is a file, no permission, read-only or full disk):
 * what the user reads, naming the path and what to do. Not an internal error.
 */
final class MachineFailure {

    private MachineFailure() {
    }

    /** A write to {@code target} that failed, with the path in the exception. */
    static final class WriteFailed extends IOException {
        final Path target;

        WriteFailed(Path target, IOException cause) {
            super(cause.getMessage(), cause instanceof WriteFailed w ? w.getCause() : cause);
            this.target = cause instanceof WriteFailed w ? w.target : target;
        }
    }

    /**
     * The failure to write a file inside {@code e}, when a library wrapped it (POI, OpenPDF):
     * ours ({@link WriteFailed}) or the file system's; {@code null} when there is none.
     */
    static IOException ioCause(Throwable e) {
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c instanceof WriteFailed || c instanceof FileSystemException) {
                return (IOException) c;
            }
            if (c.getCause() == c) {
                break;
            }
        }
        return null;
    }

    /** The message for {@code e}, a failure while writing under {@code outputRoot}. */
    static String describe(IOException e, Path outputRoot) {
        Path path = outputRoot;
        IOException cause = e;
        if (e instanceof WriteFailed w) {
            path = w.target; // the file meant, not its temporary name
            cause = (IOException) w.getCause();
        } else if (cause instanceof FileSystemException fse && fse.getFile() != null) {
            path = Path.of(fse.getFile());
        }
        String text = String.valueOf(cause.getMessage()).toLowerCase(Locale.ROOT);
        String reason;
        if (cause instanceof FileAlreadyExistsException || cause instanceof NotDirectoryException
                || text.contains("not a directory")) {
            reason = "这个位置（或其上一级）是一个文件，不是文件夹。请移走该文件，或用 -Doutput=文件夹 另选输出文件夹";
        } else if (text.contains("no space") || text.contains("not enough space") || text.contains("disk full")
                || text.contains("quota")) {
            reason = "磁盘空间不足。请腾出磁盘空间后重新运行（之前已完整写出的文件保持不变）";
        } else if (cause instanceof AccessDeniedException || text.contains("read-only") || text.contains("permission")
                || text.contains("access is denied")) {
            reason = "没有写入权限，或磁盘为只读。请确认对该文件夹有写入权限，或用 -Doutput=文件夹 另选输出文件夹";
        } else {
            String why = cause instanceof FileSystemException fse && fse.getReason() != null ? fse.getReason()
                    : cause.getMessage();
            reason = "写入失败（" + why + "）。请检查磁盘和文件夹后重新运行";
        }
        return "无法写入 " + path + "：" + reason + "。";
    }
}
