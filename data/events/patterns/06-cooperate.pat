# CAMEO 06 ENGAGE IN MATERIAL COOPERATION (PLOVER COOPERATE).
06.cooperate         060   v:cooperate|collaborate|partner|team  prep=with|on  recip=with mutual conf=0.7
06.econ              061   v:cooperate|collaborate|partner|trade|invest  with=economic|economy|trade|investment|energy|business|market  recip=with,in mutual
06.econ.deal         061   v:sign|reach  with=trade|investment|economic|energy|gas|oil|supply  obj=deal|agreement|contract  recip=with mutual
06.econ.n            061   n:cooperation|partnership|collaboration  with=economic|trade|energy|investment  head=strengthen|deepen|expand|boost|launch|begin|start|step|increase|enhance|intensify|resume|establish|agree|sign|announce  recip=with,between mutual
06.mil               062   v:cooperate|partner|train  with=military|defense|defence|security  recip=with mutual
06.exercise          062   n:exercise|drill|patrol|maneuver|manoeuvre  with=joint|military|naval|air  recip=with,between mutual
06.exercise.v        062   v:hold|conduct|stage  obj=exercise|drill|patrol|maneuver|manoeuvre  recip=with mutual
06.jud               063   v:extradite  recip=to,obj
06.handover          063   v:hand|turn  prt=over  with=suspect|fugitive|criminal|accused|militant|terrorist  recip=to
06.jud.n             063   n:extradition  recip=to
06.intel             064   v:share|exchange|pass  obj=intelligence|information|data|evidence|finding|detail|file  recip=with,to mutual
06.share.tech        060   v:share|transfer|exchange  obj=expertise|experience|technology|know-how|knowledge|resource|equipment  recip=with,to mutual
06.coop.n            060   n:cooperation|partnership|collaboration  head=strengthen|deepen|expand|boost|launch|begin|start|step|increase|enhance|intensify|resume|establish|agree|sign|announce  recip=with,between mutual conf=0.6
06.trade.v           061   v:import|export|trade|ship|sell|buy|purchase|invest  with=good|product|oil|gas|grain|commodity|investment|export|import|trade  recip=from,to,with,in
06.trade.begin       061   v:begin|start|resume|increase|expand|boost  with=importing|exporting|trade|trading|investment|export|import  recip=from,to,with
06.trade.n           061   n:trade|investment  with=record|increase|boost|expand|begin|resume|bilateral|between  recip=between,with
06.currency          061   n:currency|union|zone|market|project|infrastructure|pipeline|corridor  with=common|joint|single|shared  recip=between,with mutual
06.joint.command     062   n:command|force|operation|task  with=joint|unified|combined  recip=with,between mutual
