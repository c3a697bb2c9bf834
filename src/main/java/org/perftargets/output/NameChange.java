package org.perftargets.output;

/**
 * A name that could not be used as it is for a file or folder (characters Windows forbids, or
 * the same name as another after that), and the name used instead.
 */
public record NameChange(String what, String name, String usedName) {

    /** 项目「a/b」的名称不能直接用作文件名，已改为「a_b」; a name only numbered says that another took it. */
    public String describe() {
        String used = usedName.substring(usedName.lastIndexOf('/') + 1);
        if (used.startsWith(name + " (")) {
            return what + "「" + name + "」的文件名已被另一个" + what + "使用（两者的名称只差大小写或不能用于文件名的字符），已改为「"
                    + usedName + "」";
        }
        return what + "「" + name + "」" + "的名称不能直接用作文件名，已改为「" + usedName + "」";
    }
}
