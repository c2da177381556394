// Entry of the one bundle every page loads (/assets/main.js).
// Each page island starts here and returns early where its element is absent.
import { initHome } from './home.ts'
import { initPoolDemo } from './pool.ts'

void initHome()
void initPoolDemo()
