# CAMEO 14 PROTEST (PLOVER PROTEST).
14.protest           140   v:protest|march|rally|demonstrate|picket  without=decision|move|visit|sale|policy|plan|deployment  recip=against,over,outside,at
14.protest.n         140   n:protest|demonstration|rally|march|sit-in|vigil|walkout  recip=against,over,outside,at
14.demo.leader       1411  n:protest|demonstration|rally|march  with=resignation|ouster|resign  recip=against
14.demo.policy       1412  n:protest|demonstration|rally|march  with=law|bill|policy|tax|price|reform  recip=against,over
14.demo.rights       1413  n:protest|demonstration|rally|march  with=right|freedom|equality  recip=against,for
14.demo.inst         1414  n:protest|demonstration|rally|march  with=election|constitution|fraud|vote|regime  recip=against,over
14.hunger            142   n:strike  with=hunger  recip=against
14.hunger.v          142   v:go|stage|begin|launch|start|hold  obj=strike  with=hunger  recip=against
14.boycott           143   v:boycott|walk  recip=obj,against
14.strike.n          143   n:strike|boycott|stoppage|walkout  without=air|missile|drone|military|airstrike|precision|surgical|preemptive|pre-emptive|retaliatory|nuclear|rocket  recip=against,over
14.strike.v          143   v:stage|hold|call|launch|begin|go  obj=strike|boycott|walkout  recip=against
14.obstruct          144   v:block|blockade|barricade|occupy|obstruct|disrupt  with=road|highway|street|bridge|square|port|rail|railway|building|border|crossing|entrance  recip=obj conf=0.7
14.obstruct.n        144   n:blockade|barricade|sit-in|occupation  with=protester|demonstrator|activist  recip=of,against
14.riot              145   v:riot|clash|loot|torch|vandalize|vandalise  recip=with,obj
14.riot.n            145   n:riot|rioting|unrest  recip=with,against
14.clash.n           145   n:clash|violence  with=protester|demonstrator|rioter|mob|police|student|worker  recip=with,against
14.riot.policy       1452  n:riot  with=price|tax|law  recip=against
14.stop.work         143   v:stop|down|lay|halt|walk|quit  obj=work|tool|job  recip=against,over
14.petition          140   v:collect|gather|deliver|submit|launch|sign  obj=signature|petition  recip=to,against
14.petition.n        140   n:petition  with=launch|start|sign|deliver|submit|present|circulate  recip=to,against
