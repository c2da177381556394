package org.threadlab.web.pool;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.threadlab.kernel.pool.PoolFlag;
import org.threadlab.kernel.pool.PoolLimits;
import org.threadlab.kernel.pool.PoolScript;

/**
 * {@code GET /api/v1/pool/table}: the rows a QNX thread pool produces for a list of events, as
 * {@code bin/threadlab pool --events} prints them. Defaults are seed 003's example. Anyone may
 * call it, so the work is bounded: at most {@value #MAX_EVENTS} events and {@value #MAX_THREADS}
 * pool threads.
 */
@RestController
class PoolTableController {
    static final int MAX_EVENTS = 10_000;
    static final int MAX_THREADS = 1_000;

    @GetMapping("/api/v1/pool/table")
    PoolTable table(@RequestParam(defaultValue = "3") int loWater,
                    @RequestParam(defaultValue = "2") int increment,
                    @RequestParam(defaultValue = "7") int hiWater,
                    @RequestParam(defaultValue = "10") int maximum,
                    @RequestParam(defaultValue = "USE_SELF") String flags,
                    @RequestParam(defaultValue = "unblock*10,complete*10") String events) {
        PoolLimits limits = new PoolLimits(loWater, increment, hiWater, maximum);
        if (maximum > MAX_THREADS) {
            throw new IllegalArgumentException("maximum (" + maximum + ") is above this server's limit of "
                    + MAX_THREADS + " threads; use bin/threadlab pool for larger pools");
        }
        PoolFlag flag = PoolFlag.parse(flags);
        List<PoolScript.Event> script = PoolScript.parse(events, MAX_EVENTS);
        PoolScript run = PoolScript.start(limits, flag, null);
        run.run(script);
        List<PoolTableRow> rows = run.rows().stream()
                .map(r -> new PoolTableRow(r.change().label(), r.processing(), r.blocking(), r.total()))
                .toList();
        return new PoolTable(loWater, increment, hiWater, maximum, flag.cName(), events, rows);
    }

    /** Bad limits, flags or events: 400 with the kernel's one-sentence explanation. */
    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail badRequest(IllegalArgumentException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setTitle("Bad thread-pool request");
        return problem;
    }
}
