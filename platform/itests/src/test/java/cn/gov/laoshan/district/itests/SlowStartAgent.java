package cn.gov.laoshan.district.itests;

/**
 * A Java agent that holds the JVM before {@code main} for the milliseconds given as its argument
 * ({@code -javaagent:slow.jar=5000}): a start on a slow, loaded machine, for {@link LauncherIT}. An optional second
 * number holds the JVM's exit as long, after the platform's own shutdown ({@code =0:15000}): a JVM that takes its time
 * to end once the platform has stopped, as one writing its class-data archive on a loaded machine does.
 */
public final class SlowStartAgent {

    private SlowStartAgent() {
    }

    public static void premain(String args) throws InterruptedException {
        String[] delays = args.trim().split(":");
        if (delays.length > 1) {
            long exitDelay = Long.parseLong(delays[1]);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    Thread.sleep(exitDelay);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "slow-exit"));
        }
        Thread.sleep(Long.parseLong(delays[0]));
    }
}
