package org.perftargets;

public final class Main {
    public static void main(String[] args) {
        System.out.println("尚未实现");
    }
}
