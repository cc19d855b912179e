import { it } from 'vitest';
import { mentionsIn } from './support/dom';
it('scratch', () => {
  console.log(mentionsIn('<p>The campaign for drug <em>consumption</em> rooms to be legalised. A Glasgow DCR.</p><p>Drogen&shy;konsum&shy;räume (DKR) in Berlin. Die DKR sind offen.</p>'));
  console.log(mentionsIn('<p>Redness at the injection site is normal after a vaccine.</p><p>The DCR of the monitor is high.</p>'));
  console.log(mentionsIn('<p>Vancouver’s Insite was North America’s first supervised injection site.</p>'));
  console.log(mentionsIn('<p>safer drugs consumption facility (SDCF) is</p><p>the SDCF and SDCFs and sdcf</p>'));
});
