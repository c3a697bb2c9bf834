package org.perftargets.job;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * One run at a time per output folder: a lock held on {@value #FILE} in it for the whole run. The
 * operating system releases the lock when the process ends however it ends, so a run that was
 * killed never blocks the next one. The file stays; it says which run holds it.
 */
final class RunLock implements AutoCloseable {

    static final String FILE = ".perf-targets.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private RunLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Takes the lock of {@code root} (creating the folder), or fails at once with a message naming
     * the folder and the run holding it.
     */
    static RunLock take(Path root) throws IOException {
        try {
            return tryTake(root);
        } catch (BatchJob.UserError e) {
            throw e;
        } catch (IOException e) {
            throw new MachineFailure.WriteFailed(root, e);
        }
    }

    private static RunLock tryTake(Path root) throws IOException {
        Files.createDirectories(root);
        Path file = root.resolve(FILE);
        if (Files.isSymbolicLink(file)) {
            Files.delete(file); // never write through a link planted in our place
        }
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null; // held by another run in this same program
        } catch (IOException e) {
            channel.close();
            throw e;
        }
        if (lock == null) {
            String holder;
            try {
                holder = Files.readString(file, StandardCharsets.UTF_8).strip();
            } catch (IOException e) {
                holder = "";
            } finally {
                channel.close();
            }
            throw new BatchJob.UserError("输出文件夹 " + root + " 正在被另一次运行使用"
                    + (holder.isEmpty() ? "" : "（" + holder + "）")
                    + "。请等那次运行结束后再运行；不要让两次运行同时写同一个输出文件夹（可用 -Doutput=文件夹 另选）。");
        }
        channel.truncate(0);
        channel.write(ByteBuffer.wrap(("进程 " + ProcessHandle.current().pid() + "，开始于 "
                + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")) + "\n")
                .getBytes(StandardCharsets.UTF_8)), 0);
        // Not forced to the disk: another run reads the note through the same machine's cache, and after
        // a crash the lock is free whatever the note says.
        return new RunLock(channel, lock);
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
        } finally {
            channel.close();
        }
    }
}
