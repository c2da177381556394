package org.threadlab.web.pool;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(PoolTableController.class)
class PoolTableControllerTests {

    @Autowired
    MockMvc mvc;

    @Test
    void defaultsGiveBothSeedTables() throws Exception {
        mvc.perform(get("/api/v1/pool/table"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rows.length()").value(29))
                .andExpect(jsonPath("$.rows[0].event").value("Initial"))
                .andExpect(jsonPath("$.rows[1].event").value("lo_water trip"))
                .andExpect(jsonPath("$.rows[1].blocking").value(3))
                .andExpect(jsonPath("$.rows[24].event").value("hi_water trip"))
                .andExpect(jsonPath("$.rows[24].processing").value(2))
                .andExpect(jsonPath("$.rows[24].blocking").value(7))
                .andExpect(jsonPath("$.rows[24].total").value(9))
                .andExpect(jsonPath("$.flags").value("POOL_FLAG_USE_SELF"));
    }

    @Test
    void invalidLimitsAnswer400NamingTheField() throws Exception {
        mvc.perform(get("/api/v1/pool/table").param("loWater", "5").param("hiWater", "3"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("lo_water (5) must not exceed hi_water (3)"));
    }

    @Test
    void completingWithNothingProcessingIsABadRequest() throws Exception {
        mvc.perform(get("/api/v1/pool/table").param("events", "complete"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("event 1 (complete): no thread is processing a request"));
    }

    @Test
    void theServerBoundsTheWorkOfAnAnonymousRequest() throws Exception {
        mvc.perform(get("/api/v1/pool/table").param("events", "unblock*9999999"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("the list has more than 10000 events"));
        mvc.perform(get("/api/v1/pool/table").param("maximum", "5000").param("hiWater", "4000"))
                .andExpect(status().isBadRequest());
    }
}
