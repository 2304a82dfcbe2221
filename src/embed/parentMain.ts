import { connectAllFrames } from './parent';

export { connectFrame, connectAllFrames, type ConnectFrameOptions, type FrameLink } from './parent';

connectAllFrames();
