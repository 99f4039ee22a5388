package cn.gov.laoshan.district.api.imports;

import java.util.List;

/**
 * Thrown by an import's writing step (inside its transaction) when a check that needs the stored data fails — a
 * code that is not registered, a grade that may not change — so that the transaction is rolled back and the report
 * lists {@link #problems()} with nothing written.
 */
public class ImportRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<ImportProblem> problems;

    public ImportRefusedException(List<ImportProblem> problems) {
        super(problems.size() + " problem(s), first: " + (problems.isEmpty() ? "-" : problems.get(0).messageEn()));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a refusal names at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    public List<ImportProblem> problems() {
        return problems;
    }
}
