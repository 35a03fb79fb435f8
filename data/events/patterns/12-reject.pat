# CAMEO 12 REJECT (PLOVER REJECT). "refuse/decline/reject to X" compose with X.
12.refuse            120   v:refuse|decline|resist|oppose  wrap=reject recip=obj,iobj
12.reject            120   v:reject|rebuff|spurn|dismiss|repudiate|snub  without=report|claim|allegation|accusation|charge|responsibility|involvement|that|wrongdoing|rumor|rumour|link|connection|suggestion|notion|idea|assertion|characterization|characterisation|criticism|speculation|account  wrap=reject recip=poss,obj,from,by
12.reject.n          120   n:rejection|refusal  recip=of,poss
12.mat.coop          121   v:reject|refuse|decline|spurn  with=cooperation|cooperate|partnership  recip=poss,obj,from,by
12.econ.coop         1211  v:reject|refuse|decline  with=trade|investment|economic  recip=poss,obj,from,by
12.mil.coop          1212  v:reject|refuse|decline  with=military|alliance|defense|defence  recip=poss,obj,from,by
12.aid               122   v:reject|refuse|decline|turn  with=aid|assistance|help  recip=poss,obj,from,by
12.econ.aid          1221  v:reject|refuse|decline  with=loan|money|fund|funding  recip=poss,obj,from,by
12.mil.aid           1222  v:reject|refuse|decline  with=weapon|arm|ammunition  recip=poss,obj,from,by
12.hum.aid           1223  v:reject|refuse|decline  with=food|relief|humanitarian  recip=poss,obj,from,by
12.protect           1224  v:reject|refuse|decline  with=peacekeeper|peacekeeping|protection  recip=poss,obj,from,by
12.reform            123   v:reject|refuse  with=reform  recip=poss,obj,from,by
12.leader            1231  v:reject|refuse  with=resignation|resign|ouster  recip=poss,obj,from,by
12.policy            1232  v:reject|refuse  with=policy|change  recip=poss,obj,from,by
12.rights            1233  v:reject|refuse  with=right|freedom  recip=poss,obj,from,by
12.inst              1234  v:reject|refuse  with=election|constitution|referendum  recip=poss,obj,from,by
12.yield             124   v:refuse|reject  with=concession|demand|surrender|yield  recip=poss,obj,from,by
12.ease.admin        1241  v:refuse|reject  with=lift|lifting|easing|ban|restriction|curfew  recip=poss,obj,from,by
12.ease.dissent      1242  v:refuse|reject  with=protest|protester|dissent  recip=poss,obj,from,by
12.release           1243  v:refuse|reject  with=release|free|prisoner|hostage  recip=poss,obj,from,by
12.ease.sanctions    1244  v:refuse|reject  with=sanction|embargo|tariff  recip=poss,obj,from,by
12.access            1245  v:refuse|reject|bar|deny  with=access|inspector|monitor|entry|investigator|admittance|admission|visa|landing  recip=poss,obj,iobj,from,by
12.de-escalate       1246  v:refuse|reject  with=ceasefire|truce|withdraw|withdrawal|de-escalate  recip=poss,obj,from,by
12.meet              125   v:reject|refuse|decline|rebuff  with=talk|meeting|negotiation|invitation|offer|proposal|dialogue  recip=poss,obj,from,by
12.mediation         126   v:reject|refuse|decline  with=mediation|mediator  recip=poss,obj,from,by
12.plan              127   v:reject|refuse|dismiss  with=plan|agreement|deal|settlement|proposal|initiative  recip=poss,obj,from,by
12.defy              128   v:defy|flout|violate|breach|ignore|disregard|contravene  recip=obj,poss
12.renege            120   v:renege|backtrack|backpedal  recip=on,obl:on
12.opposed           120   a:opposed|unwilling|reluctant  recip=to
12.veto              129   v:veto|block  recip=obj,poss
12.veto.n            129   n:veto  recip=of,on
12.turn.down         120   v:turn  prt=down  recip=obj,poss
12.out.of.question   120   n:question  with=out  actor=speaker,subj  recip=poss
12.rule.out          120   v:rule  prt=out  recip=obj,poss
