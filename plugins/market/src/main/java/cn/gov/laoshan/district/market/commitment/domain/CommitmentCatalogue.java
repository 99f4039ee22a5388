package cn.gov.laoshan.district.market.commitment.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The shipped catalogue (commitment/items.csv): the district's high-frequency items under 告知承诺制 (the seed's 90),
 * with the items that are refused that route (high risk) listed too, so that an applicant learns why. Lines are
 * {@code |}-separated; {@code #} starts a comment.
 */
public final class CommitmentCatalogue {

    public static final String RESOURCE = "/commitment/items.csv";

    private CommitmentCatalogue() {
    }

    public static List<CommitmentItem> shipped() {
        try (InputStream in = CommitmentCatalogue.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing " + RESOURCE);
            }
            return parse(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<CommitmentItem> parse(InputStream in) throws IOException {
        List<CommitmentItem> items = new ArrayList<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\\|", -1);
            if (f.length != 10) {
                throw new IllegalStateException(RESOURCE + " line " + number + ": 10 fields expected, " + f.length);
            }
            items.add(new CommitmentItem(f[0].trim(), f[1].trim(), f[2].trim(), f[3].trim(), "1".equals(f[4].trim()),
                    Risk.valueOf(f[5].trim()), "1".equals(f[6].trim()), Integer.parseInt(f[7].trim()),
                    CheckMode.valueOf(f[8].trim()), Arrays.stream(f[9].split("；")).map(String::trim)
                            .filter(s -> !s.isEmpty()).toList(), items.size() + 1));
        }
        return items;
    }
}
