package org.perftargets.output;

/**
 * A name that could not be used as it is for a file or folder (characters Windows forbids, or
 * the same name as another after that), and the name used instead.
 */
public record NameChange(String what, String name, String usedName) {

    /** 项目「a/b」的申报表文件名为「a_b (2)」. */
    public String describe() {
        return what + "「" + name + "」" + "的名称不能直接用作文件名，已改为「" + usedName + "」";
    }
}
