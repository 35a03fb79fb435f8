# CAMEO 04 CONSULT.
04.consult           040   v:consult|confer|negotiate|discuss|deliberate  recip=obj,with,obl:with mutual
04.talk              040   v:talk|speak  prep=with|to  without=media|reporter|journalist|press|audience|crowd|supporter|student|nation|people  recip=with,to mutual
04.talks.n           040   n:talk|negotiation|discussion|consultation|dialogue|conversation|meeting|summit|session|round|contact  recip=with,between mutual
04.call.phone        041   n:call  with=phone|telephone|video  recip=with mutual
04.phone             041   v:phone|telephone  recip=obj mutual conf=0.7
04.visit             042   v:visit|tour  recip=obj,to,in
04.arrive            042   v:arrive|land|travel|fly|go|head|come  prep=in|to|at|for  recip=in,to,at
04.visit.n           042   n:visit|trip|tour|journey|stopover|stay  recip=to,in
04.host              043   v:host|receive|welcome|greet  with=visit|delegation|counterpart|minister|president|leader|premier|envoy|delegate  recip=obj
04.host.plain        043   v:host  recip=obj
04.welcome.n         043   n:welcome|reception  with=give|accord|extend  recip=to
04.meet.third        044   v:meet  prep=in|at  with=capital|city|venue|hotel|palace|neutral  recip=obj,with mutual
04.meet              040   v:meet|gather|convene  without=target|demand|requirement|need|goal|criterion  recip=obj,with mutual
04.mediate           045   v:mediate|broker|facilitate  recip=between,obj
04.mediate.n         045   n:mediation  recip=between
04.negotiate         046   v:negotiate|bargain|haggle  recip=with,obj mutual
04.negotiation.n     046   n:negotiation|bargaining  recip=with,between mutual
