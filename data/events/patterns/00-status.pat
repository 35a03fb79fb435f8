# Status wrappers: verbs and nouns that code no event of their own but set
# the status of the event in their complement ("plans to visit" → planned,
# "denied supplying" → negated, "canceled the trip" → canceled). The code
# column is a placeholder (CAMEO 010); wrappers of these kinds never produce
# an event themselves.
# id                 code  trigger                                                   options
wrap.plan            010   v:plan|expect|intend|aim|schedule|prepare|seek|hope|want|wish|try|attempt|arrange|mull|set|gear  wrap=plan
wrap.plan.n          010   n:plan|preparation|bid|attempt|intention|invitation|schedule|willingness|readiness|desire|wish|hope|aim|goal|ambition|determination  wrap=plan
wrap.plan.a          010   a:due|set|poised|slated|scheduled|expected|likely|ready|willing|eager|keen|prepared  wrap=plan
wrap.hypo            010   v:consider|propose|suggest|weigh|contemplate|explore  wrap=hypothetical
wrap.hypo.n          010   n:possibility|option|prospect  wrap=hypothetical
wrap.negate          010   v:deny|fail|refrain|neglect  wrap=negate
wrap.cancel          010   v:cancel|postpone|scrap|shelve|delay|defer|scuttle|axe|abandon  wrap=cancel
wrap.cancel.off      010   v:call|put  prt=off  wrap=cancel
wrap.cancel.a        010   a:postponed|canceled|cancelled|scrapped|shelved|delayed|suspended|axed|off  wrap=cancel
wrap.cancel.off2     010   v:call|put  prep=off  wrap=cancel
