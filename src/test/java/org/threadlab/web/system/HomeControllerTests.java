package org.threadlab.web.system;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(HomeController.class)
class HomeControllerTests {

    @Autowired
    private MockMvc mvc;

    @Test
    void homePageSaysWhatThreadLabIsAndWhatWorksToday() throws Exception {
        mvc.perform(get("/"))
                .andExpect(status().isOk())
                .andExpect(view().name("home"))
                .andExpect(model().attribute("today", Feature.today()))
                .andExpect(model().attribute("coming", Feature.coming()))
                .andExpect(content().string(containsString("deterministic simulated QNX-style kernel")))
                .andExpect(content().string(containsString("bin/threadlab pool")))
                .andExpect(content().string(containsString("id=\"system-info\"")));
    }
}
