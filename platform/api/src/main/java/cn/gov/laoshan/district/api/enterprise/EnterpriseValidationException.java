package cn.gov.laoshan.district.api.enterprise;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** An enterprise given to {@link EnterpriseRegistry#create} or {@code update} is not valid; nothing was written. */
public class EnterpriseValidationException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final List<ImportReport.Problem> problems;

    public EnterpriseValidationException(List<ImportReport.Problem> problems) {
        super(problems.stream().map(p -> p.field() + ": " + p.messageZh() + " / " + p.messageEn())
                .collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    /** Each problem with its field (row 0). */
    public List<ImportReport.Problem> problems() {
        return problems;
    }

    public String message(Locale locale) {
        return problems.stream().map(p -> (p.field() == null ? "" : p.field() + "：") + p.message(locale))
                .collect(Collectors.joining("；"));
    }
}
