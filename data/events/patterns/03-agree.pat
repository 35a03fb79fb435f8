# CAMEO 03 EXPRESS INTENT TO COOPERATE (PLOVER AGREE). "agree/pledge/promise/
# vow/offer/commit to X" compose with X (see src/events/compose.ts).
03.agree             030   v:agree|pledge|promise|vow|commit|undertake|volunteer|decide  wrap=agree recip=with,to,obl:with
03.offer             030   v:offer  without=condolence|condolences|sympathy|prayer|thought|congratulation|congratulations|apology|thanks  wrap=agree recip=iobj,to,obj
03.intent.n          030   n:pledge|promise|commitment|undertaking|vow  head=make|give|announce|reaffirm|reiterate|express|renew|offer|fulfil|fulfill|keep|honour|honor  recip=to
03.agree.bare        030   v:agree  prep=on|upon|with  recip=with
03.coop.intent       030   v:express|voice|signal  obj=willingness|readiness|desire|intention|hope|interest  recip=with,to
03.mat.coop          031   v:agree|pledge|promise|commit|vow  with=cooperation|cooperate|partnership  recip=with
03.econ              0311  v:agree|pledge|promise|commit  with=trade|investment|economic|invest  recip=with
03.mil               0312  v:agree|pledge|promise|commit  with=military|defense|defence|security  recip=with
03.jud               0313  v:agree|pledge|promise|commit  with=extradite|extradition|judicial|legal  recip=with
03.intel             0314  v:agree|pledge|promise|commit  with=intelligence|information  recip=with
03.diplo             032   v:express|voice|pledge|reaffirm|reiterate  obj=support|backing|solidarity  recip=for,to,with
03.aid               033   v:pledge|promise|offer|commit  obj=aid|assistance|help|support|fund|funding|money|dollar|euro  recip=to,iobj,for
03.aid.econ          0331  v:pledge|promise|offer|commit  obj=loan|credit|grant|investment|dollar|euro|yuan|yen|billion|million  recip=to,iobj,for
03.aid.mil           0332  v:pledge|promise|offer|commit  obj=weapon|arm|ammunition|missile|tank|jet|equipment  recip=to,iobj
03.aid.hum           0333  v:pledge|promise|offer|commit  obj=food|medicine|relief|shelter|vaccine  recip=to,iobj
03.aid.protect       0334  v:pledge|promise|offer|commit  obj=peacekeeper|troop|protection  recip=to,iobj
03.reform            034   v:pledge|promise|commit|vow  with=reform  recip=to
03.reform.leader     0341  v:pledge|promise|agree  with=resign|step|resignation  recip=to
03.reform.policy     0342  v:pledge|promise|agree  with=policy|change  recip=to
03.reform.rights     0343  v:pledge|promise|agree  with=right|freedom  recip=to
03.reform.inst       0344  v:pledge|promise|agree  with=election|constitution|institution  recip=to
03.yield             035   v:pledge|promise|agree|offer  with=concession|compromise  recip=to
03.yield.admin       0351  v:pledge|promise|agree|offer  with=curfew|restriction|ban  recip=to
03.yield.dissent     0352  v:pledge|promise|agree  with=protest|protester|dissent  recip=to
03.yield.release     0353  v:pledge|promise|agree|offer  with=release|free|prisoner|hostage  recip=to
03.yield.sanctions   0354  v:pledge|promise|agree|offer  with=sanction|embargo|tariff  recip=to
03.yield.access      0355  v:pledge|promise|agree|offer  with=inspector|monitor|observer|access  recip=to
03.yield.mil         0356  v:pledge|promise|agree|commit  with=ceasefire|truce|de-escalate|withdraw|withdrawal|pullback  recip=with
03.meet              036   v:agree|offer|propose  with=meet|talk|negotiate|negotiation|summit  recip=with
03.meet.n            036   n:invitation  recip=iobj,to
03.settle            037   v:agree|pledge|offer  with=settle|settlement|resolve|resolution  recip=with
03.mediation.accept  038   v:accept|welcome  obj=mediation|mediator  recip=with
03.mediate.offer     039   v:offer|propose  with=mediate|mediation|mediator  recip=between,obj
03.committed         030   a:committed|determined|dedicated  prep=to  recip=to
