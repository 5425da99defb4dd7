// Messages of the pipeline area (issue 4).
export const pipelineMessages = {
};
