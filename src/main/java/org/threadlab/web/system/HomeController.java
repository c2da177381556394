package org.threadlab.web.system;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page: what ThreadLab is, what works today and what is coming. */
@Controller
class HomeController {

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("today", Feature.today());
        model.addAttribute("coming", Feature.coming());
        return "home";
    }
}
