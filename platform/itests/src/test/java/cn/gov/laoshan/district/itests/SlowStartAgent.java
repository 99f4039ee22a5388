package cn.gov.laoshan.district.itests;

/**
 * A Java agent that holds the JVM before {@code main} for the milliseconds given as its argument
 * ({@code -javaagent:slow.jar=5000}): a start on a slow, loaded machine, for {@link LauncherIT}.
 */
public final class SlowStartAgent {

    private SlowStartAgent() {
    }

    public static void premain(String args) throws InterruptedException {
        Thread.sleep(Long.parseLong(args.trim()));
    }
}
